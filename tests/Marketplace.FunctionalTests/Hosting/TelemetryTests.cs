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

        Assert.True(api.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));

        var exports = api.Collector.LogEntries.Where(e => e.RequestMessage.Path == "/v1/traces").ToList();
        Assert.NotEmpty(exports);
        Assert.All(exports, export =>
        {
            Assert.Equal("application/x-protobuf", export.RequestMessage.Headers!["Content-Type"].Single());
            Assert.NotEmpty(export.RequestMessage.BodyAsBytes!);
        });
    }
}
