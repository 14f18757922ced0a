using System.Reflection;
using static Marketplace.ArchitectureTests.Layers;

namespace Marketplace.ArchitectureTests;

/// <summary>
/// An entity's collections change only through its own methods, where its rules are: what the Domain shows outside is
/// read-only, so no handler can add an order line or a role behind the entity's back.
/// </summary>
public sealed class DomainShapeTests
{
    [Fact]
    public void DomainCollections_AreExposedReadOnly()
    {
        var collections = DomainAssembly.GetTypes()
            .Where(t => t.IsPublic && !t.IsEnum)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.PropertyType != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(p.PropertyType))
            .ToList();
        // Orders' lines, refunds and timeline, listings' certifications and discounts, roles, growers' lists at least.
        Assert.True(collections.Count >= 8, $"Only {collections.Count} collection properties found: the scan sees too little");

        var mutable = collections
            .Where(p => !p.PropertyType.IsGenericType || !ReadOnlyShapes.Contains(p.PropertyType.GetGenericTypeDefinition()))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}: {p.PropertyType.Name}")
            .ToList();
        Assert.True(mutable.Count == 0, "Domain collections exposed as mutable: " + string.Join(", ", mutable));
    }

    private static readonly Type[] ReadOnlyShapes =
        [typeof(IReadOnlyList<>), typeof(IReadOnlyCollection<>), typeof(IReadOnlyDictionary<,>), typeof(IEnumerable<>)];
}
