namespace Marketplace.Application.Common;

/// <summary>Strong ETags from concurrency versions, and RFC 9110 <c>If-Match</c> comparison.</summary>
public static class ETags
{
    public static string For(int version) => $"\"{version}\"";

    public static bool Matches(string ifMatch, string current)
    {
        foreach (var candidate in ifMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (candidate == "*" || candidate == current) return true;
        }
        return false;
    }
}
