using System.Reflection;
using Marketplace.Domain.Common;
using Marketplace.Domain.Listings;
using static Marketplace.ArchitectureTests.Layers;

namespace Marketplace.ArchitectureTests;

/// <summary>How the Domain is written to JSON is the Api's business: the Domain names no serializer type.</summary>
public sealed class SerializationTests
{
    private static readonly string[] Serializers =
        ["System.Text.Json", "System.Runtime.Serialization", "Newtonsoft.Json", "System.Xml.Serialization"];

    [Fact]
    public void Domain_ReferencesNoSerializerType()
    {
        var result = TypesIn(DomainAssembly, atLeast: 20).ShouldNot().HaveDependencyOnAny(Serializers).GetResult();

        AssertSuccess(result, "The Domain references a serializer");
    }

    [Fact]
    public void Domain_CarriesNoSerializerAttribute()
    {
        var attributes = AttributesIn(DomainAssembly).ToList();
        // The scan must see member attributes where they are written, or it would pass by seeing nothing.
        Assert.Contains(attributes, a => a.Member == nameof(Category.LeafyGreens) && a.Type == typeof(CodeAttribute));

        var serializing = attributes.Where(a => Serializers.Any(s => a.Type.Namespace?.StartsWith(s, StringComparison.Ordinal) == true))
            .Select(a => $"{a.Member}: {a.Type.Name}").ToList();
        Assert.True(serializing.Count == 0, $"Serializer attributes in the Domain: {string.Join(", ", serializing)}");
    }

    private static IEnumerable<(string Member, Type Type)> AttributesIn(Assembly assembly)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in assembly.GetTypes())
        {
            foreach (var attribute in type.CustomAttributes) yield return (type.Name, attribute.AttributeType);
            foreach (var member in type.GetMembers(all))
            foreach (var attribute in member.CustomAttributes)
                yield return (member.Name, attribute.AttributeType);
        }
    }
}
