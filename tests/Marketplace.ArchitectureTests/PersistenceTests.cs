using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Marketplace.ArchitectureTests;

/// <summary>
/// One way to write: a command's changes are saved by the unit of work, and every other write (event consumers,
/// page-by-page jobs, request metrics) sits behind a port implemented in Infrastructure. So neither Application nor
/// the Api calls <c>SaveChanges</c>, <c>ExecuteUpdate</c> or <c>ExecuteDelete</c>; found in their compiled code.
/// </summary>
public sealed class PersistenceTests
{
    /// <summary>The EF Core members that write to the database outside the unit of work.</summary>
    private static readonly HashSet<string> Writes =
        ["SaveChanges", "SaveChangesAsync", "ExecuteUpdate", "ExecuteUpdateAsync", "ExecuteDelete", "ExecuteDeleteAsync"];

    [Fact]
    public void Application_NeverSavesOrWritesInBulk() =>
        AssertNoWrites(Layers.ApplicationAssembly.Location, atLeast: 300);

    [Fact]
    public void Api_NeverSavesOrWritesInBulk() =>
        AssertNoWrites(Layers.ApiAssembly.Location, atLeast: 100);

    [Fact]
    public void WriteSearch_FindsTheUnitOfWorksSave()
    {
        // The same search on Infrastructure must see the save that commits every command, or it would find nothing anywhere.
        var (_, offenders) = Search(Layers.InfrastructureAssembly.Location);
        Assert.Contains(offenders, o => o.StartsWith("Marketplace.Infrastructure.Persistence.EfUnitOfWork", StringComparison.Ordinal)
            && o.EndsWith("SaveChangesAsync", StringComparison.Ordinal));
    }

    private static void AssertNoWrites(string assemblyPath, int atLeast)
    {
        var (methods, offenders) = Search(assemblyPath);
        Assert.True(methods >= atLeast, $"Only {methods} method bodies were inspected in {Path.GetFileName(assemblyPath)}.");
        Assert.True(offenders.Count == 0, "Writes outside the unit of work: " + string.Join("; ", offenders));
    }

    private static (int Methods, List<string> Offenders) Search(string assemblyPath)
    {
        using var assembly = AssemblyDefinition.ReadAssembly(assemblyPath);
        var bodies = assembly.MainModule.GetTypes().SelectMany(t => t.Methods).Where(m => m.HasBody).ToList();
        var offenders = (
            from method in bodies
            from instruction in method.Body.Instructions
            where instruction.OpCode.Code is Code.Call or Code.Callvirt or Code.Ldftn or Code.Ldvirtftn
            let target = instruction.Operand as MethodReference
            where target is not null && Writes.Contains(target.Name)
            select $"{Outermost(method.DeclaringType).FullName} calls {target.DeclaringType.FullName}::{target.Name}")
            .Distinct().ToList();
        return (bodies.Count, offenders);
    }

    private static TypeDefinition Outermost(TypeDefinition type) => type.DeclaringType is null ? type : Outermost(type.DeclaringType);
}
