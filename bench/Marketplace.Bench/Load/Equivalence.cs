using System.Text.Json;

namespace Marketplace.Bench.Load;

/// <summary>Before any load: both targets must return the same listings, in the same order, for every URL of the mix.</summary>
internal static class Equivalence
{
    public static async Task<IReadOnlyList<string>> CheckAsync(Uri api, Uri baseline)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var problems = new List<string>();
        foreach (var url in BoardQueries.Urls)
        {
            var fromApi = await IdsAsync(client, new Uri(api, url));
            var fromBaseline = await IdsAsync(client, new Uri(baseline, url));
            if (fromApi.Count == 0) problems.Add($"{url}: the API returned no items");
            if (!fromApi.SequenceEqual(fromBaseline))
                problems.Add($"{url}: API [{string.Join(", ", fromApi.Take(3))}…] ≠ baseline [{string.Join(", ", fromBaseline.Take(3))}…]");
        }
        return problems;
    }

    private static async Task<List<string>> IdsAsync(HttpClient client, Uri url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET {url} → {(int)response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("items").EnumerateArray()
            .Select(item => item.GetProperty("id").GetString()!.ToLowerInvariant()).ToList();
    }
}
