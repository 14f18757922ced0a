using System.Text.Json;
using System.Text.Json.Nodes;
using Marketplace.Contracts;

namespace Marketplace.UnitTests.Contracts;

/// <summary>
/// Each integration event's JSON is pinned by a committed sample (<c>samples/&lt;type&gt;.json</c>): a fully populated
/// record serializes to exactly the sample, property order included, and the sample reads back as the same record.
/// </summary>
public sealed class EventSampleTests
{
    private static readonly Guid Listing = Guid.Parse("0193a7c2-1111-7000-8000-000000000001");
    private static readonly Guid Grower = Guid.Parse("0193a7c2-2222-7000-8000-000000000002");
    private static readonly Guid Buyer = Guid.Parse("0193a7c2-3333-7000-8000-000000000003");
    private static readonly Guid Order = Guid.Parse("0193a7c2-4444-7000-8000-000000000004");
    private static readonly Guid Group = Guid.Parse("0193a7c2-6666-7000-8000-000000000006");
    private static readonly Guid SecondOrder = Guid.Parse("0193a7c2-7777-7000-8000-000000000007");
    private static readonly Guid Review = Guid.Parse("0193a7c2-5555-7000-8000-000000000005");

    private static T ListingData<T>(string status) where T : ListingSnapshot, new() =>
        new() { ListingId = Listing, GrowerId = Grower, Title = "Butterhead lettuce", Status = status, Available = 118.5m };

    private static T OrderData<T>(string status) where T : OrderSnapshot, new() => new()
    {
        OrderId = Order, Number = "MKT-000123", BuyerId = Buyer, GrowerId = Grower, Status = status,
        Total = new Money(24775, "USD"), GrowerPayout = new Money(23537, "USD"),
    };

    private static readonly Dictionary<string, IIntegrationEventData> Populated = new()
    {
        [EventTypes.ListingPublished] = ListingData<ListingPublished>("active"),
        [EventTypes.ListingSoldOut] = ListingData<ListingSoldOut>("sold_out"),
        [EventTypes.ListingUpdated] = ListingData<ListingUpdated>("paused"),
        [EventTypes.InventoryLowStock] = new InventoryLowStock(Listing, Grower, "Butterhead lettuce", 8.25m, 10m),
        [EventTypes.OrderPlaced] = OrderData<OrderPlaced>("pending_payment"),
        [EventTypes.OrderPaid] = OrderData<OrderPaid>("pending"),
        [EventTypes.OrderConfirmed] = OrderData<OrderConfirmed>("confirmed"),
        [EventTypes.OrderShipped] = OrderData<OrderShipped>("in_transit"),
        [EventTypes.OrderDelivered] = OrderData<OrderDelivered>("delivered"),
        [EventTypes.OrderCancelled] = new OrderCancelled(OrderData<OrderSnapshot>("cancelled"), "buyer", "Changed menu"),
        [EventTypes.OrderRefunded] = new OrderRefunded(OrderData<OrderSnapshot>("refunded"), new Money(5000, "USD")),
        [EventTypes.OrderGroupPlaced] = new OrderGroupPlaced { GroupId = Group, BuyerId = Buyer, OrderIds = [Order, SecondOrder], Total = new Money(41250, "USD") },
        [EventTypes.OrderGroupPaid] = new OrderGroupPaid { GroupId = Group, BuyerId = Buyer, OrderIds = [Order, SecondOrder], Total = new Money(41250, "USD") },
        [EventTypes.ReviewCreated] = new ReviewCreated(Review, Order, Grower, Buyer, 5),
        [EventTypes.UserProfileCreated] = new UserProfileCreated(Buyer, "buyer"),
    };

    public static TheoryData<string> Types => [.. EventTypes.DataTypes.Keys];

    [Theory]
    [MemberData(nameof(Types))]
    public void Event_SerializesExactlyToItsSample(string type)
    {
        var data = Populated[type];

        Assert.Equal(EventTypes.DataTypes[type], data.GetType());
        Assert.Equal(type, EventTypes.Of(data));
        Assert.Equal(Compact(Sample(type)), IntegrationEventJson.Serialize(data));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Sample_ReadsBackAsTheSameRecord(string type)
    {
        using var sample = JsonDocument.Parse(Sample(type));

        var read = IntegrationEventJson.Deserialize(type, sample.RootElement);

        Assert.Equal(Populated[type], read);
    }

    [Fact]
    public void EveryEventType_HasASampleAndAPopulatedRecord()
    {
        var constants = typeof(EventTypes).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        var samples = Directory.GetFiles(SampleFolder, "*.json").Select(Path.GetFileNameWithoutExtension).ToList();

        Assert.True(constants.Count >= 13, $"Only {constants.Count} event types found");
        Assert.Equal(constants.Order(), EventTypes.DataTypes.Keys.Order());
        Assert.Equal(constants.Order(), samples.Order());
        Assert.Equal(constants.Order(), Populated.Keys.Order());
    }

    [Fact]
    public void UnknownType_ReadsAsNoData()
    {
        using var data = JsonDocument.Parse("""{"anything":1}""");
        Assert.Null(IntegrationEventJson.Deserialize("listing.renamed", data.RootElement));
    }

    private static string SampleFolder => Path.Combine(AppContext.BaseDirectory, "Contracts", "samples");

    private static string Sample(string type) => File.ReadAllText(Path.Combine(SampleFolder, $"{type}.json"));

    private static string Compact(string json) => JsonNode.Parse(json)!.ToJsonString();
}
