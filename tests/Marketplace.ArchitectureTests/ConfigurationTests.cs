using Marketplace.Infrastructure.Settings;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Marketplace.ArchitectureTests;

/// <summary>
/// Configuration is read in one place (ADR 36): every section is bound once by <see cref="OptionsBinding"/>, and the
/// rest of the code takes the typed options. A raw read anywhere else (an indexer, <c>GetValue</c>,
/// <c>GetSection(...).Get</c>, a second <c>Bind</c>) fails this test, found in the compiled code of every layer.
/// </summary>
public sealed class ConfigurationTests
{
    /// <summary>The types whose members read configuration values or sections.</summary>
    private static readonly HashSet<string> ReadingTypes =
    [
        "Microsoft.Extensions.Configuration.IConfiguration",
        "Microsoft.Extensions.Configuration.IConfigurationSection",
        "Microsoft.Extensions.Configuration.IConfigurationRoot",
        "Microsoft.Extensions.Configuration.IConfigurationManager",
        "Microsoft.Extensions.Configuration.ConfigurationManager",
        "Microsoft.Extensions.Configuration.ConfigurationRoot",
        "Microsoft.Extensions.Configuration.ConfigurationSection",
        "Microsoft.Extensions.Configuration.ConfigurationBinder",
        "Microsoft.Extensions.Configuration.ConfigurationExtensions",
        "Microsoft.Extensions.DependencyInjection.OptionsBuilderConfigurationExtensions",
        "Microsoft.Extensions.DependencyInjection.OptionsConfigurationServiceCollectionExtensions",
    ];

    /// <summary>Members of those types that do not read anything.</summary>
    private static readonly HashSet<string> Harmless = ["GetReloadToken", "get_Path", "get_Key"];

    [Fact]
    public void Configuration_IsReadOnlyByTheBindingCode()
    {
        var reads = ConfigurationReads().ToList();
        var bindingCode = reads.Where(r => r.Type == typeof(OptionsBinding).FullName).ToList();
        var elsewhere = reads.Except(bindingCode).Select(r => $"{r.Method} calls {r.Call}").Distinct().ToList();

        Assert.True(bindingCode.Count >= 2, "The binding code was not seen reading configuration; the search would find nothing.");
        Assert.True(elsewhere.Count == 0, "Configuration read outside OptionsBinding: " + string.Join("; ", elsewhere));
    }

    [Fact]
    public void ConfigurationSearch_CoversEveryLayerAndFindsTheKindsOfRead()
    {
        var methods = Assemblies().SelectMany(a => a.MainModule.GetTypes()).SelectMany(t => t.Methods).Count(m => m.HasBody);
        var calls = ConfigurationReads().Select(r => r.Call).ToList();

        Assert.True(methods > 500, $"Only {methods} method bodies were searched.");
        Assert.Contains(calls, c => c.Contains("ConfigurationBinder::Bind", StringComparison.Ordinal));
        Assert.Contains(calls, c => c.Contains("IConfiguration::GetSection", StringComparison.Ordinal));
        Assert.Contains(calls, c => c.Contains("ConfigurationExtensions::GetConnectionString", StringComparison.Ordinal));
    }

    private sealed record Read(string Type, string Method, string Call);

    private static IEnumerable<Read> ConfigurationReads() =>
        from assembly in Assemblies()
        from type in assembly.MainModule.GetTypes()
        from method in type.Methods
        where method.HasBody
        from instruction in method.Body.Instructions
        where instruction.OpCode.Code is Code.Call or Code.Callvirt or Code.Newobj or Code.Ldftn or Code.Ldvirtftn
        let target = instruction.Operand as MethodReference
        where target is not null && ReadingTypes.Contains(target.DeclaringType.Resolve()?.FullName ?? target.DeclaringType.FullName)
            && !Harmless.Contains(target.Name)
        select new Read(Outermost(type).FullName, $"{type.FullName}.{method.Name}", $"{target.DeclaringType.FullName}::{target.Name}");

    private static TypeDefinition Outermost(TypeDefinition type) => type.DeclaringType is null ? type : Outermost(type.DeclaringType);

    private static IEnumerable<AssemblyDefinition> Assemblies() =>
        new[] { Layers.DomainAssembly, Layers.ApplicationAssembly, Layers.InfrastructureAssembly, Layers.ApiAssembly }
            .Select(a => AssemblyDefinition.ReadAssembly(a.Location, new ReaderParameters { AssemblyResolver = Resolver }));

    private static readonly DefaultAssemblyResolver Resolver = CreateResolver();

    private static DefaultAssemblyResolver CreateResolver()
    {
        var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(AppContext.BaseDirectory);
        resolver.AddSearchDirectory(Path.GetDirectoryName(typeof(object).Assembly.Location)!);
        var aspnet = Path.GetDirectoryName(typeof(Microsoft.AspNetCore.Builder.WebApplication).Assembly.Location)!;
        resolver.AddSearchDirectory(aspnet);
        return resolver;
    }
}
