namespace Marketplace.Api.Configuration;

/// <summary>
/// The seed's environment variables (MARKETPLACE_STANDALONE, MARKETPLACE_DOMAIN, MARKETPLACE_AUTH,
/// VIBELUX_API_URL) bind to the same keys as their <c>Marketplace__…</c> forms.
/// </summary>
public static class EnvironmentAliases
{
    private static readonly (string Variable, string Key)[] Aliases =
    [
        ("MARKETPLACE_STANDALONE", "Marketplace:Features:Standalone"),
        ("MARKETPLACE_DOMAIN", "Marketplace:Features:CustomDomain"),
        ("MARKETPLACE_AUTH", "Marketplace:Auth:Mode"),
        ("VIBELUX_API_URL", "Marketplace:Integration:VibeLuxApiUrl"),
    ];

    public static IConfigurationBuilder AddMarketplaceAliases(this IConfigurationBuilder configuration)
    {
        var values = Aliases
            .Select(a => (a.Key, Value: Environment.GetEnvironmentVariable(a.Variable)))
            .Where(a => !string.IsNullOrWhiteSpace(a.Value))
            .ToDictionary(a => a.Key, a => a.Value);
        return values.Count == 0 ? configuration : configuration.AddInMemoryCollection(values);
    }
}
