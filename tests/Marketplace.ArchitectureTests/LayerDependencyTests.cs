using static Marketplace.ArchitectureTests.Layers;

namespace Marketplace.ArchitectureTests;

/// <summary>Dependencies point inward only: Api → Infrastructure → Application → Domain.</summary>
public sealed class LayerDependencyTests
{
    [Fact]
    public void Domain_DependsOnNoOtherLayerOrFramework()
    {
        var result = TypesIn(DomainAssembly, atLeast: 20).ShouldNot().HaveDependencyOnAny(
                ApplicationName, InfrastructureName, ApiName,
                "Microsoft.EntityFrameworkCore", "FluentValidation", "Mediator", "Mapster", "Microsoft.AspNetCore")
            .GetResult();

        AssertSuccess(result, "The Domain references another layer or a framework");
    }

    [Fact]
    public void Domain_ReferencesOnlyTheBaseClassLibrary()
    {
        var references = DomainAssembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.NotEmpty(references);
        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal)
            || name is "netstandard" or "mscorlib", $"The Domain references {name}"));
    }

    [Fact]
    public void Application_DependsOnNeitherInfrastructureNorApiNorAProvider()
    {
        var result = TypesIn(ApplicationAssembly, atLeast: 30).ShouldNot().HaveDependencyOnAny(
                InfrastructureName, ApiName,
                "Microsoft.EntityFrameworkCore.Sqlite", "Microsoft.EntityFrameworkCore.SqlServer", "Npgsql",
                "Microsoft.Data.Sqlite", "Microsoft.Data.SqlClient",
                "Microsoft.AspNetCore", "System.IdentityModel", "Microsoft.IdentityModel")
            .GetResult();

        AssertSuccess(result, "The Application references Infrastructure, the Api, a database provider or the web stack");
    }

    [Fact]
    public void Application_ReferencesNoProviderOrWebAssembly()
    {
        string[] forbidden = [InfrastructureName, ApiName, "Microsoft.EntityFrameworkCore.Sqlite",
            "Microsoft.EntityFrameworkCore.SqlServer", "Npgsql", "Npgsql.EntityFrameworkCore.PostgreSQL",
            "Microsoft.AspNetCore", "System.IdentityModel", "Microsoft.IdentityModel"];
        var references = ApplicationAssembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains(DomainName, references);
        Assert.All(references, name => Assert.DoesNotContain(forbidden,
            f => name == f || name.StartsWith(f + ".", StringComparison.Ordinal)));
    }

    [Fact]
    public void DomainAndApplication_DependOnNoAuthenticationLibrary()
    {
        string[] authentication = ["Microsoft.AspNetCore.Authentication", "Microsoft.AspNetCore.Identity", "Microsoft.Extensions.Identity",
            "Microsoft.IdentityModel", "System.IdentityModel"];
        foreach (var assembly in new[] { DomainAssembly, ApplicationAssembly })
        {
            var result = TypesIn(assembly, atLeast: 20).ShouldNot().HaveDependencyOnAny(authentication).GetResult();
            AssertSuccess(result, $"{assembly.GetName().Name} depends on an authentication library; switching auth mode must not touch it");
        }
    }

    [Fact]
    public void Contracts_DependOnNothingElseInTheSolution()
    {
        var result = TypesIn(ContractsAssembly, atLeast: 15).ShouldNot().HaveDependencyOnAny(DomainName, ApplicationName, InfrastructureName, ApiName)
            .GetResult();
        var references = ContractsAssembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        AssertSuccess(result, "Marketplace.Contracts references another project of the solution");
        Assert.NotEmpty(references);
        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib",
            $"Marketplace.Contracts references {name}; other systems reference it, so it holds nothing beyond the BCL"));
    }

    [Fact]
    public void Application_ReferencesTheContracts()
    {
        Assert.Contains(ApplicationAssembly.GetReferencedAssemblies(), a => a.Name == ContractsName);
    }

    [Fact]
    public void Infrastructure_DoesNotDependOnApi()
    {
        var result = TypesIn(InfrastructureAssembly, atLeast: 10).ShouldNot().HaveDependencyOn(ApiName).GetResult();

        AssertSuccess(result, "Infrastructure references the Api");
        Assert.DoesNotContain(InfrastructureAssembly.GetReferencedAssemblies(), a => a.Name == ApiName);
    }

    [Fact]
    public void Api_IsTheCompositionRoot_ReferencingInfrastructure()
    {
        // Proves the dependency search sees references at all, so the negative rules above can fail.
        var result = TypesIn(ApiAssembly).That().HaveName("Program").Should().HaveDependencyOn(InfrastructureName).GetResult();

        AssertSuccess(result, "Program does not wire Infrastructure");
    }
}
