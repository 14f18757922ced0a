using System.Text.Json.Nodes;

namespace Marketplace.FunctionalTests.Support;

public static class JsonExtensions
{
    /// <summary>Overwrites the body's top-level fields with the given ones.</summary>
    public static void Merge(this JsonObject body, JsonObject changes)
    {
        foreach (var (key, value) in changes.ToList())
        {
            changes.Remove(key);
            body[key] = value;
        }
    }
}
