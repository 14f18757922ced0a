using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Integrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Marketplace.Infrastructure.Integrations;

/// <summary>VibeLux core's facilities endpoint over a typed HttpClient with retries, a circuit breaker and timeouts.</summary>
internal sealed class VibeLuxApiClient(HttpClient http) : IVibeLuxApi
{
    public const string HttpClientName = "vibelux";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public bool IsConfigured => http.BaseAddress is not null;

    public async Task<FacilityPage> GetFacilitiesAsync(DateTimeOffset? updatedSince, string? cursor, CancellationToken cancellationToken)
    {
        var query = new List<string>();
        if (updatedSince is { } since) query.Add("updatedSince=" + Uri.EscapeDataString(since.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)));
        if (cursor is not null) query.Add("cursor=" + Uri.EscapeDataString(cursor));
        var path = "api/facilities" + (query.Count == 0 ? "" : "?" + string.Join('&', query));
        try
        {
            return await http.GetFromJsonAsync<FacilityPage>(path, Json, cancellationToken)
                ?? throw new ExternalServiceUnavailableException("VibeLux answered an empty facilities page.");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException
            or Polly.CircuitBreaker.BrokenCircuitException or Polly.Timeout.TimeoutRejectedException)
        {
            throw new ExternalServiceUnavailableException("VibeLux core could not be reached; the sync will resume from the same place.", e);
        }
    }
}

/// <summary>The <c>Batch</c> data sync: runs the facility sync on an interval.</summary>
internal sealed class VibeLuxBatchSync(IServiceScopeFactory scopes, TimeSpan interval, ILogger<VibeLuxBatchSync> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<IFacilitySync>().RunAsync(stoppingToken);
                logger.LogInformation("VibeLux sync: {Facilities} facilities, {Updated} growers updated", result.Facilities, result.GrowersUpdated);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // VibeLux may be down; the cursor is unchanged, so the next run picks up from the same place.
                logger.LogWarning(e, "VibeLux sync failed");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
