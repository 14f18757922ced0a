using System.Collections.Concurrent;
using System.Diagnostics;
using Marketplace.Application.Analytics;

namespace Marketplace.Api.Metrics;

/// <summary>
/// Counts requests and their latency per route group and minute in memory, and adds them to
/// <c>marketplace_request_metrics</c> once a minute (and at shutdown), so every instance's traffic counts.
/// </summary>
public sealed class RequestMetrics(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly string Instance = $"{Environment.MachineName}:{Environment.ProcessId}";
    private readonly ConcurrentDictionary<(DateTimeOffset Minute, string Group), Bucket> _pending = new();

    public void Record(string group, TimeSpan elapsed, int status)
    {
        var now = clock.GetUtcNow();
        var minute = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero);
        _pending.GetOrAdd((minute, group), _ => new Bucket()).Add(elapsed.TotalMilliseconds, status >= 500);
    }

    /// <summary>Moves everything counted so far into the database, through the metrics store.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var keys = _pending.Keys.ToList();
        if (keys.Count == 0) return;
        var counts = new List<RequestMetricCounts>();
        foreach (var key in keys)
            if (_pending.TryRemove(key, out var bucket)) counts.Add(bucket.Counts(key.Minute, key.Group, Instance));
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IRequestMetricsStore>().AddAsync(counts, cancellationToken);
    }

    private sealed class Bucket
    {
        private readonly long[] _histogram = new long[RequestHistogram.BucketBoundsMs.Length + 1];
        private long _requests;
        private long _errors;

        public void Add(double milliseconds, bool serverError)
        {
            var index = Array.FindIndex(RequestHistogram.BucketBoundsMs, bound => milliseconds <= bound);
            Interlocked.Increment(ref _histogram[index < 0 ? _histogram.Length - 1 : index]);
            Interlocked.Increment(ref _requests);
            if (serverError) Interlocked.Increment(ref _errors);
        }

        public RequestMetricCounts Counts(DateTimeOffset minute, string group, string instance) =>
            new(minute, group, instance, _histogram.Select((_, i) => Interlocked.Read(ref _histogram[i])).ToArray(),
                Interlocked.Read(ref _requests), Interlocked.Read(ref _errors));
    }
}

/// <summary>Marks the endpoints whose requests are marketplace traffic (the API group, not health, OpenAPI or media).</summary>
public sealed class MarketplaceTrafficMetadata;

/// <summary>
/// Times every API request and files it under its endpoint's route pattern, so the groups are as many as the
/// routes, whatever paths clients send; every path that matches no route is one <c>unmatched</c> group.
/// </summary>
internal sealed class RequestMetricsMiddleware(RequestDelegate next, RequestMetrics metrics, string basePath)
{
    public const string Unmatched = "unmatched";
    private static readonly string[] NotMarketplace = ["/health", "/swagger", "/media"];

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            if (GroupOf(context) is { } group) metrics.Record(group, Stopwatch.GetElapsedTime(started), context.Response.StatusCode);
        }
    }

    private string? GroupOf(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint is RouteEndpoint route)
        {
            if (endpoint.Metadata.GetMetadata<MarketplaceTrafficMetadata>() is null) return null;
            var pattern = (route.RoutePattern.RawText ?? "").Trim('/');
            if (pattern.StartsWith(basePath.Trim('/'), StringComparison.OrdinalIgnoreCase)) pattern = pattern[basePath.Trim('/').Length..].Trim('/');
            pattern = pattern.ToLowerInvariant();
            return pattern.Length == 0 ? "root" : pattern[..Math.Min(pattern.Length, 50)];
        }
        if (endpoint is not null) return null;
        var path = context.Request.Path.Value ?? "";
        if (!path.StartsWith(basePath, StringComparison.OrdinalIgnoreCase)) return null;
        return NotMarketplace.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase)) ? null : Unmatched;
    }
}

/// <summary>Flushes the counters every minute and once more at shutdown.</summary>
internal sealed class RequestMetricsFlusher(RequestMetrics metrics, ILogger<RequestMetricsFlusher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) await FlushAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            await FlushAsync(CancellationToken.None);
        }
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await metrics.FlushAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Metrics are best effort; a failed flush must not stop the API.
            logger.LogWarning(e, "Flushing request metrics failed");
        }
    }
}
