using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Web;
using Marketplace.FunctionalTests.Support;
using Marketplace.Infrastructure.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.FunctionalTests.Events;

/// <summary>Text messages for the steps a person waits on, to opted-in profiles only (API.md §Notifications).</summary>
public abstract class SmsTests(ApiFactory api) : SmsTestBase(api)
{
    [SkippableFact]
    public async Task OneOrdersLife_TextsTheOptedInGrowerWhenPaid_AndTheBuyerAtEachStep()
    {
        var (grower, buyer) = await PeopleAsync(GrowerPhone, growerOptIn: true, BuyerPhone, buyerOptIn: true);
        var order = await PlaceOrderAsync(buyer.Client, Id(await CreateListingAsync(grower.Client)), 10);
        await Act(grower.Client, order, "confirm");
        await Act(grower.Client, order, "ship");
        await Act(buyer.Client, order, "deliver");
        Assert.Empty(Texts()); // nothing is sent inside a request

        await DispatchAllAsync();

        var number = order["number"]!.GetValue<string>();
        var texts = Texts();
        Assert.Equal(4, texts.Count);
        Assert.All(texts, t =>
        {
            Assert.True(t.Body.Length <= 160, $"{t.Body.Length} characters: {t.Body}");
            Assert.Contains(number, t.Body, StringComparison.Ordinal);
            Assert.Single(t.Body.Split(' '), word => word.StartsWith("https://", StringComparison.Ordinal));
        });
        Assert.Equal([GrowerPhone], texts.Where(t => t.Body.Contains("new paid order", StringComparison.Ordinal)).Select(t => t.To));
        var toBuyer = texts.Where(t => t.To == BuyerPhone).Select(t => t.Body).ToList();
        Assert.Contains(toBuyer, b => b.Contains("confirmed", StringComparison.Ordinal));
        Assert.Contains(toBuyer, b => b.Contains("on its way", StringComparison.Ordinal));
        Assert.Contains(toBuyer, b => b.Contains("delivered", StringComparison.Ordinal) && b.Contains($"/orders/{Id(order)}/review", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task AnOptedOutBuyer_AndAPhonelessGrower_AreNeverTexted()
    {
        var (grower, buyer) = await PeopleAsync(growerPhone: null, growerOptIn: false, BuyerPhone, buyerOptIn: false);
        var order = await PlaceOrderAsync(buyer.Client, Id(await CreateListingAsync(grower.Client)), 10);
        await Act(grower.Client, order, "confirm");
        await Act(grower.Client, order, "ship");

        await DispatchAllAsync();

        Assert.Empty(Texts());
        var me = await Expect(await buyer.Client.GetAsync(Url("/users/me")), HttpStatusCode.OK);
        Assert.Equal(BuyerPhone, me["buyerProfile"]!["phone"]!.GetValue<string>());
        Assert.False(me["buyerProfile"]!["smsOptIn"]!.GetValue<bool>());
    }

    [SkippableFact]
    public async Task APhoneNotInE164_OrAnOptInWithoutAPhone_IsRefused_AndChangesNothing()
    {
        var (_, buyer) = await PeopleAsync(null, false, BuyerPhone, buyerOptIn: true);

        var badPhone = await ExpectProblem(await buyer.Client.PutAsJsonAsync(Url("/users/me/buyer-profile"), BuyerBody("(415) 555-0123", true)),
            HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(badPhone["errors"]!["phone"]);
        var noPhone = await ExpectProblem(await buyer.Client.PutAsJsonAsync(Url("/users/me/buyer-profile"), BuyerBody(null, true)),
            HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(noPhone["errors"]!["smsOptIn"]);

        var me = await Expect(await buyer.Client.GetAsync(Url("/users/me")), HttpStatusCode.OK);
        Assert.Equal(BuyerPhone, me["buyerProfile"]!["phone"]!.GetValue<string>());
        Assert.True(me["buyerProfile"]!["smsOptIn"]!.GetValue<bool>());
    }

    [SkippableFact]
    public async Task AGrowersPhone_IsNotShownOnItsPublicProfile()
    {
        var (grower, _) = await PeopleAsync(GrowerPhone, growerOptIn: true, null, false);

        var body = await (await Anonymous().GetAsync(Url($"/growers/{grower.Id}"))).Content.ReadAsStringAsync();

        Assert.DoesNotContain(GrowerPhone, body, StringComparison.Ordinal);
        var me = await Expect(await grower.Client.GetAsync(Url("/users/me")), HttpStatusCode.OK);
        Assert.Equal(GrowerPhone, me["growerProfile"]!["phone"]!.GetValue<string>());
    }

    private List<(string To, string Body)> Texts() =>
        !Directory.Exists(Api.SmsDirectory) ? [] : Directory.GetFiles(Api.SmsDirectory, "*.txt").Select(File.ReadAllText).Select(text =>
        {
            var (head, body) = (text[..text.IndexOf("\n\n", StringComparison.Ordinal)], text[(text.IndexOf("\n\n", StringComparison.Ordinal) + 2)..].TrimEnd('\n'));
            return (head["To: ".Length..], body);
        }).ToList();
}

/// <summary>People with phones, and the outbox run to its end.</summary>
public abstract class SmsTestBase(ApiFactory api) : ApiTestBase(api)
{
    public const string BuyerPhone = "+14155550123";
    public const string GrowerPhone = "+18315550199";

    protected async Task DispatchAllAsync()
    {
        var processor = Api.Services.GetRequiredService<OutboxProcessor>();
        while (await processor.DispatchDueAsync(CancellationToken.None) > 0) { }
    }

    protected async Task<(Grower Grower, Buyer Buyer)> PeopleAsync(string? growerPhone, bool growerOptIn, string? buyerPhone, bool buyerOptIn)
    {
        var growerClient = As("sms-grower", "grower");
        var grower = await Expect(await growerClient.PutAsJsonAsync(Url("/users/me/grower-profile"), new
        {
            farmName = "Green Acre Farm", description = "Hydroponic greens", city = "Salinas", state = "CA", postalCode = "93901",
            latitude = 36.67, longitude = -121.65, growingMethods = new[] { "hydroponic" }, certifications = new[] { "usda-organic" },
            facilitySizeSqFt = 20000, phone = growerPhone, smsOptIn = growerOptIn,
        }), HttpStatusCode.OK);
        var buyerClient = As("sms-buyer", "buyer");
        var buyer = await Expect(await buyerClient.PutAsJsonAsync(Url("/users/me/buyer-profile"), BuyerBody(buyerPhone, buyerOptIn)), HttpStatusCode.OK);
        return (new Grower(growerClient, Guid.Parse(Id(grower))), new Buyer(buyerClient, Guid.Parse(Id(buyer))));
    }

    protected static object BuyerBody(string? phone, bool optIn) => new
    {
        businessName = "Harbor Bistro", businessType = "restaurant",
        deliveryAddress = new { line1 = "1 Main St", city = "Salinas", state = "CA", postalCode = "93901", latitude = 36.70, longitude = -121.60 },
        phone, smsOptIn = optIn,
    };
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteSmsTests(SqliteApiFactory api) : SmsTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresSmsTests(PostgresApiFactory api) : SmsTests(api);

/// <summary>The Twilio adapter against a local server that checks the Messages API's wire format.</summary>
public sealed class TwilioSmsTests(TwilioApiFactory api) : SmsTestBase(api), IClassFixture<TwilioApiFactory>
{
    private TwilioApiFactory Twilio => (TwilioApiFactory)Api;

    [SkippableFact]
    public async Task APaidOrder_IsTextedThroughTwiliosMessagesApi()
    {
        Twilio.Twilio.ResetLogEntries();
        var (grower, buyer) = await PeopleAsync(GrowerPhone, growerOptIn: true, null, false);
        var order = await PlaceOrderAsync(buyer.Client, Id(await CreateListingAsync(grower.Client)), 10);

        await DispatchAllAsync();

        var call = Assert.Single(Twilio.Twilio.LogEntries, e => e.RequestMessage.Path == TwilioApiFactory.MessagesPath);
        Assert.Equal("POST", call.RequestMessage.Method);
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{TwilioApiFactory.AccountSid}:{TwilioApiFactory.AuthToken}"));
        Assert.Equal($"Basic {basic}", call.RequestMessage.Headers!["Authorization"].Single());
        Assert.StartsWith("application/x-www-form-urlencoded", call.RequestMessage.Headers!["Content-Type"].Single(), StringComparison.Ordinal);
        var form = HttpUtility.ParseQueryString(call.RequestMessage.Body!);
        Assert.Equal(new[] { "To", "From", "Body" }, form.AllKeys.Select(k => k ?? ""));
        Assert.Equal(GrowerPhone, form["To"]);
        Assert.Equal(TwilioApiFactory.From, form["From"]);
        Assert.Contains(order["number"]!.GetValue<string>(), form["Body"], StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ANumberTwilioRefuses_IsRecordedAsDeadAtOnce_AndNotTriedAgain()
    {
        var (grower, buyer) = await PeopleAsync(TwilioApiFactory.RefusedNumber, growerOptIn: true, null, false);
        await PlaceOrderAsync(buyer.Client, Id(await CreateListingAsync(grower.Client)), 10);
        Twilio.Twilio.ResetLogEntries();

        await DispatchAllAsync();
        Api.Clock.Advance(TimeSpan.FromHours(1));
        await DispatchAllAsync();

        Assert.Single(Twilio.Twilio.LogEntries, e => e.RequestMessage.Path == TwilioApiFactory.MessagesPath);
        var dead = await Expect(await As("ops", "admin").GetAsync(Url("/admin/outbox?status=dead&limit=100")), HttpStatusCode.OK);
        var paid = dead["items"]!.AsArray().SingleOrDefault(m => m!["type"]!.GetValue<string>() == "order.paid")
            ?? throw new Xunit.Sdk.XunitException($"No dead order.paid in {dead.ToJsonString()}; log: {string.Join(" | ", Twilio.Twilio.LogEntries.Select(e => e.RequestMessage.Body))}");
        var sms = paid["deliveries"]!.AsArray().Single(d => d!["consumer"]!.GetValue<string>() == "sms")!;
        Assert.Equal("dead", sms["status"]!.GetValue<string>());
        Assert.Equal(1, sms["attempts"]!.GetValue<int>());
        Assert.Contains("21211", sms["lastError"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.All(paid["deliveries"]!.AsArray().Where(d => d!["consumer"]!.GetValue<string>() != "sms"),
            d => Assert.Equal("delivered", d!["status"]!.GetValue<string>()));
    }
}
