using System.Net;
using Marketplace.FunctionalTests.Support;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Marketplace.FunctionalTests.Hosting;

/// <summary>The API with an OTLP endpoint configured, pointed at a local server standing in for a collector.</summary>
public sealed class TelemetryApiFactory : SqliteApiFactory
{
    public WireMockServer Collector { get; } = WireMockServer.Start();

    public TelemetryApiFactory()
    {
        Collector.Given(Request.Create().WithPath("/v1/traces").UsingPost()).RespondWith(Response.Create().WithStatusCode(200));
        Collector.Given(Request.Create().WithPath("/v1/metrics").UsingPost()).RespondWith(Response.Create().WithStatusCode(200));
    }

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Marketplace:Telemetry:OtlpEndpoint"] = Collector.Url,
    };

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Collector.Stop();
        Collector.Dispose();
    }
}

public sealed class TelemetryTests(TelemetryApiFactory api) : IClassFixture<TelemetryApiFactory>
{
    [Fact]
    public async Task Requests_AreExportedAsOtlpTraces()
    {
        Assert.Equal(HttpStatusCode.OK, (await api.Client().GetAsync("/api/marketplace/listings")).StatusCode);

        // The server ends the request's activity just after the client has its answer, so one flush can come too early.
        var tracer = api.Services.GetRequiredService<TracerProvider>();
        var exports = new List<WireMock.Logging.ILogEntry>();
        for (var attempt = 0; attempt < 50 && exports.Count == 0; attempt++)
        {
            Assert.True(tracer.ForceFlush(10_000));
            exports = api.Collector.LogEntries.Where(e => e.RequestMessage.Path == "/v1/traces").ToList();
            if (exports.Count == 0) await Task.Delay(100);
        }
        Assert.NotEmpty(exports);
        Assert.All(exports, export =>
        {
            Assert.Equal("application/x-protobuf", export.RequestMessage.Headers!["Content-Type"].Single());
            Assert.NotEmpty(export.RequestMessage.BodyAsBytes!);
        });
    }
}
