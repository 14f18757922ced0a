using System.Text.Json;

namespace Marketplace.Bench.Load;

/// <summary>
/// Before any load: for a sample of the filter-only URLs both targets must return the same listings in the same order,
/// and a sample of the whole mix must answer 200 from the API with some pages holding listings.
/// </summary>
internal static class Equivalence
{
    public static async Task<IReadOnlyList<string>> CheckAsync(Uri api, Uri baseline, IReadOnlyList<BoardRequest> mix)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var problems = new List<string>();
        foreach (var request in mix.Where(r => r.FilterOnly).Take(200))
        {
            var fromApi = await IdsAsync(client, new Uri(api, request.Url));
            var fromBaseline = await IdsAsync(client, new Uri(baseline, request.Url));
            if (!fromApi.SequenceEqual(fromBaseline))
                problems.Add($"{request.Url}: API [{string.Join(", ", fromApi.Take(3))}…] ≠ baseline [{string.Join(", ", fromBaseline.Take(3))}…]");
        }
        var nonEmpty = 0;
        var sample = mix.Take(300).ToList();
        foreach (var request in sample)
            if ((await IdsAsync(client, new Uri(api, request.Url))).Count > 0) nonEmpty++;
        if (nonEmpty < sample.Count / 4) problems.Add($"only {nonEmpty} of {sample.Count} sampled mix URLs returned listings");
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
