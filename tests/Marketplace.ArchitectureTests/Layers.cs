using System.Reflection;
using Marketplace.Application.Listings.CreateListing;
using Marketplace.Domain.Listings;
using NetArchTest.Rules;

namespace Marketplace.ArchitectureTests;

/// <summary>The four assemblies, each found through a type it must contain, and checked by name before use.</summary>
internal static class Layers
{
    public const string DomainName = "Marketplace.Domain";
    public const string ApplicationName = "Marketplace.Application";
    public const string InfrastructureName = "Marketplace.Infrastructure";
    public const string ApiName = "Marketplace.Api";
    public const string ContractsName = "Marketplace.Contracts";

    public static Assembly DomainAssembly => Checked(typeof(Listing).Assembly, DomainName);
    public static Assembly ApplicationAssembly => Checked(typeof(CreateListingCommand).Assembly, ApplicationName);
    public static Assembly InfrastructureAssembly => Checked(typeof(Marketplace.Infrastructure.DependencyInjection).Assembly, InfrastructureName);
    public static Assembly ApiAssembly => Checked(typeof(Program).Assembly, ApiName);
    public static Assembly ContractsAssembly => Checked(typeof(Marketplace.Contracts.EventTypes).Assembly, ContractsName);

    /// <summary>The assembly's types as NetArchTest sees them, after checking it found some.</summary>
    public static Types TypesIn(Assembly assembly, int atLeast = 5)
    {
        var types = Types.InAssembly(assembly);
        var count = types.GetTypes().Count();
        Assert.True(count >= atLeast, $"{assembly.GetName().Name} has only {count} types; the rule would check nothing.");
        return types;
    }

    public static void AssertSuccess(TestResult result, string rule)
    {
        var failing = result.FailingTypeNames ?? [];
        Assert.True(result.IsSuccessful, $"{rule}; broken by: {string.Join(", ", failing)}");
    }

    private static Assembly Checked(Assembly assembly, string expectedName)
    {
        Assert.Equal(expectedName, assembly.GetName().Name);
        return assembly;
    }
}
