using System.Net;
using System.Text.Json.Nodes;
using Marketplace.FunctionalTests.Support;
using Marketplace.Infrastructure.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.FunctionalTests.Events;

public sealed class PickupEmailTests(SqliteApiFactory api) : ApiTestBase(api), IClassFixture<SqliteApiFactory>
{
    [SkippableFact]
    public async Task OneOrdersLife_LeavesTheExpectedEmailsInThePickupFolder()
    {
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var listing = await CreateListingAsync(grower.Client);
        var order = await PlaceOrderAsync(buyer.Client, Id(listing), 10);
        await Act(grower.Client, order, "confirm");
        await Act(grower.Client, order, "ship");
        await Act(buyer.Client, order, "deliver");
        Assert.False(Directory.Exists(Api.MailDirectory) && Directory.EnumerateFiles(Api.MailDirectory).Any(), "no email is sent inside a request");

        var processor = Api.Services.GetRequiredService<OutboxProcessor>();
        while (await processor.DispatchDueAsync(CancellationToken.None) > 0) { }

        var mails = Directory.GetFiles(Api.MailDirectory, "*.eml").Select(f => Eml.Readable(File.ReadAllText(f))).ToList();
        var number = order["number"]!.GetValue<string>();
        string[] expected =
        [
            "Welcome to the VibeLux Marketplace", // grower and buyer profiles
            $"Order {number} placed", $"Payment received for {number}", $"New order {number}: confirm within 24 hours",
            $"Order {number} confirmed", $"Order {number} is on its way", $"Order {number} delivered: how was it?",
        ];
        foreach (var subject in expected) Assert.Contains(mails, m => m.Contains($"Subject: {subject}", StringComparison.Ordinal));
        Assert.Equal(8, mails.Count);
        var growerMail = mails.Single(m => m.Contains("New order", StringComparison.Ordinal));
        Assert.Contains("To: \"grower-1\" <grower-1@example.test>", growerMail, StringComparison.Ordinal);
        Assert.Contains("$236.11", growerMail, StringComparison.Ordinal); // payout 23611 after the 5 % fee
        Assert.Contains("text/html", growerMail, StringComparison.Ordinal);
        Assert.Contains("text/plain", growerMail, StringComparison.Ordinal);
    }
}

public sealed class SendGridEmailTests(SendGridApiFactory api) : ApiTestBase(api), IClassFixture<SendGridApiFactory>
{
    [SkippableFact]
    public async Task OrderPlaced_IsSentThroughSendGridsMailSend()
    {
        var sendGrid = ((SendGridApiFactory)Api).SendGrid;
        sendGrid.ResetLogEntries();
        var grower = await NewGrowerAsync();
        var buyer = await NewBuyerAsync();
        var order = await PlaceOrderAsync(buyer.Client, Id(await CreateListingAsync(grower.Client)), 10);

        var processor = Api.Services.GetRequiredService<OutboxProcessor>();
        while (await processor.DispatchDueAsync(CancellationToken.None) > 0) { }

        var calls = sendGrid.LogEntries.Where(e => e.RequestMessage.Path == "/v3/mail/send").ToList();
        Assert.NotEmpty(calls);
        Assert.All(calls, c => Assert.Equal($"Bearer {SendGridApiFactory.ApiKey}", c.RequestMessage.Headers!["Authorization"].Single()));
        var placed = calls.Select(c => JsonNode.Parse(c.RequestMessage.Body!)!)
            .Single(b => b["subject"]?.GetValue<string>() == $"Order {order["number"]!.GetValue<string>()} placed"
                || b["personalizations"]![0]!["subject"]?.GetValue<string>() == $"Order {order["number"]!.GetValue<string>()} placed");
        Assert.Equal("orders@market.example.test", placed["from"]!["email"]!.GetValue<string>());
        Assert.Equal("buyer-1@example.test", placed["personalizations"]![0]!["to"]![0]!["email"]!.GetValue<string>());
        var types = placed["content"]!.AsArray().Select(c => c!["type"]!.GetValue<string>()).ToList();
        Assert.Equal(["text/plain", "text/html"], types);
        Assert.Contains("$247.75", placed["content"]![0]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await buyer.Client.GetAsync(Url($"/orders/{Id(order)}"))).StatusCode);
    }
}

/// <summary>An .eml file with its base64 parts decoded, so tests can read what the recipient reads.</summary>
internal static class Eml
{
    public static string Readable(string eml)
    {
        var parts = eml.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n");
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            text.AppendLine(parts[i]);
            if (!parts[i].Contains("Content-Transfer-Encoding: base64", StringComparison.Ordinal) || i + 1 >= parts.Length) continue;
            var body = parts[i + 1].Split("--", 2)[0].Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);
            text.AppendLine(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(body.Trim())));
        }
        return text.ToString();
    }
}
