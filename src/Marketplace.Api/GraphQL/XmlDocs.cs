using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Marketplace.Api.GraphQL;

/// <summary>
/// The descriptions of the records' properties, from the same XML docs the OpenAPI document reads: a property's own
/// <c>summary</c>, or a positional record's <c>param</c>. GraphQL fields then say what their REST twins say.
/// </summary>
internal sealed partial class XmlDocs
{
    private static readonly string[] Assemblies = ["Marketplace.Domain", "Marketplace.Application", "Marketplace.Api"];
    private readonly Dictionary<string, XElement> _members = [];

    public XmlDocs()
    {
        foreach (var assembly in Assemblies)
        {
            var file = Path.Combine(AppContext.BaseDirectory, assembly + ".xml");
            if (!File.Exists(file)) throw new FileNotFoundException($"XML documentation {file} is missing; the project must set GenerateDocumentationFile.", file);
            foreach (var member in XDocument.Load(file).Descendants("member"))
                if (member.Attribute("name")?.Value is { } name) _members[name] = member;
        }
    }

    public string? Of(PropertyInfo property)
    {
        var type = property.DeclaringType!;
        var typeName = TypeName(type);
        if (_members.TryGetValue($"P:{typeName}.{property.Name}", out var member) && Text(member.Element("summary")) is { } summary) return summary;
        return _members.TryGetValue($"T:{typeName}", out var record)
            ? Text(record.Elements("param").FirstOrDefault(p => p.Attribute("name")?.Value == property.Name))
            : null;
    }

    public string? Of(Type type) => _members.TryGetValue($"T:{TypeName(type)}", out var member) ? Text(member.Element("summary")) : null;

    private static string TypeName(Type type) => (type.IsGenericType ? type.GetGenericTypeDefinition() : type).FullName!.Replace('+', '.');

    /// <summary>The element's text with <c>&lt;c&gt;</c> and <c>&lt;see cref&gt;</c> read as plain words.</summary>
    private static string? Text(XElement? element)
    {
        if (element is null) return null;
        var text = string.Concat(element.Nodes().Select(n => n switch
        {
            XText t => t.Value,
            XElement { Name.LocalName: "see" } see => see.Attribute("cref")?.Value.Split('.')[^1] ?? see.Value,
            XElement e => e.Value,
            _ => "",
        }));
        var clean = Spaces().Replace(text, " ").Trim();
        return clean.Length == 0 ? null : clean;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
