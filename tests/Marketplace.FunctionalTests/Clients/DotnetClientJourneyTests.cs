using Marketplace.FunctionalTests.Support;
using VibeLux.Marketplace.Client;

namespace Marketplace.FunctionalTests.Clients;

/// <summary>
/// The journey a partner makes with the C# client that NSwag generates from the committed document
/// (clients/dotnet): if the document and the API part ways, these calls fail to compile or to read the answers.
/// </summary>
public abstract class DotnetClientJourneyTests(ApiFactory api) : ApiTestBase(api)
{
    [SkippableFact]
    public async Task Journey_ThroughTheGeneratedClient_ListsOrdersFulfilsReviewsAndShowsTheSale()
    {
        var grower = ClientFor("grower-1", "grower");
        var growerMe = (await grower.UpsertGrowerProfileAsync(GrowerProfile())).Result;
        Assert.Equal("Green Acre Farm", growerMe.GrowerProfile?.FarmName);
        var buyer = ClientFor("buyer-1", "buyer");
        var buyerMe = (await buyer.UpsertBuyerProfileAsync(BuyerProfile())).Result;

        var created = await grower.CreateListingAsync(Listing("Butterhead lettuce journeyword"));
        var listingId = IdOf(created.Result.Id);
        Assert.Equal(201, created.StatusCode);
        Assert.Equal(ListingStatus.Draft, created.Result.Status);
        Assert.EndsWith($"/listings/{listingId}", Header(created, "Location"));
        Assert.False(string.IsNullOrEmpty(Header(created, "ETag")));
        Assert.Equal(ListingStatus.Active, (await grower.PublishListingAsync(listingId)).Result.Status);

        var board = (await ClientFor(null).SearchListingsAsync(q: "journeyword")).Result;
        Assert.Contains(board.Items!, item => IdOf(item.Id) == listingId);

        // The document does not declare PlaceOrder's Idempotency-Key header yet, so the generated method has no
        // parameter for it: this buyer's client sends it on every request instead.
        var key = Guid.NewGuid().ToString();
        var idempotentBuyer = ClientFor("buyer-1", "buyer", ("Idempotency-Key", key));
        var orderBody = new PlaceOrderRequest
        {
            Lines = [new OrderLineRequest { ListingId = listingId, Quantity = 10 }],
            DeliveryMethod = DeliveryMethod.Pickup,
            RequestedDeliveryDate = Today().AddDays(2),
            Notes = "Back door, please.",
        };
        var placed = await idempotentBuyer.PlaceOrderAsync(orderBody);
        var order = placed.Result.Order!;
        var orderId = IdOf(order.Id);
        Assert.Equal(201, placed.StatusCode);
        Assert.Null(Header(placed, "Idempotent-Replayed"));
        Assert.Equal(OrderStatus.Pending, order.Status);
        Assert.Equal(IdOf(buyerMe.Id), IdOf(order.BuyerId));
        Assert.Equal(IdOf(growerMe.Id), IdOf(order.GrowerId));
        var replayed = await idempotentBuyer.PlaceOrderAsync(orderBody);
        Assert.Equal("true", Header(replayed, "Idempotent-Replayed"));
        Assert.Equal(orderId, IdOf(replayed.Result.Order!.Id));

        Assert.Equal(OrderStatus.Confirmed, (await grower.ConfirmOrderAsync(orderId)).Result.Status);
        Assert.Equal(OrderStatus.In_transit, (await grower.ShipOrderAsync(orderId)).Result.Status);
        Assert.Equal(OrderStatus.Delivered, (await buyer.DeliverOrderAsync(orderId)).Result.Status);

        var review = (await buyer.ReviewOrderAsync(orderId, new ReviewBody { Rating = 5, Comment = "Crisp and cold on arrival." })).Result;
        Assert.Equal(5, review.Rating);
        Assert.Equal(orderId, IdOf(review.OrderId));

        var dashboard = (await grower.GetGrowerDashboardAsync()).Result;
        Assert.Equal(1, dashboard.Orders?.Total);
        Assert.Equal(order.Total?.Amount, dashboard.Revenue?.Gross?.Amount);
        Assert.Equal(1, dashboard.ReviewCount);
        Assert.Equal(5.0, dashboard.AverageRating);
        Assert.Contains(dashboard.TopProducts!, product => IdOf(product.ListingId) == listingId);
    }

    [SkippableFact]
    public async Task BadRequests_ThroughTheGeneratedClient_AnswerProblemsWithTheirCodes()
    {
        var grower = ClientFor("grower-1", "grower");
        await grower.UpsertGrowerProfileAsync(GrowerProfile());

        var backwards = Listing("Butterhead lettuce");
        backwards.AvailableFrom = Today().AddDays(5);
        backwards.AvailableUntil = Today().AddDays(1);
        var invalid = await ProblemOf(() => grower.CreateListingAsync(backwards), 400, "validation_failed");
        Assert.Contains("availableUntil", invalid.Errors.Keys);

        var missing = await ProblemOf(() => ClientFor(null).GetListingAsync(Guid.NewGuid()), 404, "not_found");
        Assert.False(string.IsNullOrEmpty(missing.TraceId));

        var order = new PlaceOrderRequest { Lines = [new OrderLineRequest { ListingId = Guid.NewGuid(), Quantity = 1 }], DeliveryMethod = DeliveryMethod.Pickup };
        await ProblemOf(() => new MarketplaceClient(Prefixed(Api.Client("not-a-token"))).PlaceOrderAsync(order), 401, "unauthorized");
        await ProblemOf(() => ClientFor("buyer-1", "buyer").CreateListingAsync(Listing("Butterhead lettuce")), 403, "role_required");
    }

    private MarketplaceClient ClientFor(string? subject, string role = "", params (string Name, string Value)[] headers)
    {
        var http = Prefixed(subject is null ? Api.Client() : Api.Client(TestTokens.For(subject, role)));
        foreach (var (name, value) in headers) http.DefaultRequestHeaders.Add(name, value);
        return new MarketplaceClient(http);
    }

    /// <summary>The generated client speaks paths relative to the document's server, <c>/api/marketplace</c>.</summary>
    private static HttpClient Prefixed(HttpClient http)
    {
        http.BaseAddress = new Uri(http.BaseAddress!, ApiFactory.BasePath + "/");
        return http;
    }

    private static async Task<MarketplaceProblem> ProblemOf(Func<Task> call, int status, string code)
    {
        var error = await Assert.ThrowsAnyAsync<MarketplaceApiException>(call);
        var problem = MarketplaceProblem.From(error);
        Assert.True(problem is not null, $"Expected a problem, got {error.StatusCode}: {error.Response}");
        Assert.Equal(status, error.StatusCode);
        Assert.Equal(status, problem.Status);
        Assert.Equal(code, problem.Code);
        return problem;
    }

    // Ids are Guid or Guid? depending on whether the document marks them required; both arrive here.
    private static Guid IdOf(object? id) => id is Guid value ? value : throw new Xunit.Sdk.XunitException("The answer has no id.");

    private static string? Header(MarketplaceResponse response, string name) =>
        response.Headers.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;

    private static DateOnly Today() => DateOnly.FromDateTime(DateTime.UtcNow);

    private static UpsertGrowerProfileRequest GrowerProfile() => new()
    {
        FarmName = "Green Acre Farm", Description = "Hydroponic greens", City = "Salinas", State = "CA", PostalCode = "93901",
        Latitude = 36.67, Longitude = -121.65, GrowingMethods = [GrowingMethod.Hydroponic], Certifications = ["usda-organic"],
        FacilitySizeSqFt = 20000,
    };

    private static UpsertBuyerProfileRequest BuyerProfile() => new()
    {
        BusinessName = "buyer-1 bistro", BusinessType = BusinessType.Restaurant,
        DeliveryAddress = new AddressBody { Line1 = "1 Main St", City = "Salinas", State = "CA", PostalCode = "93901", Latitude = 36.70, Longitude = -121.60 },
    };

    private static CreateListingBody Listing(string title) => new()
    {
        Title = title, Category = Category.LeafyGreens, ProductType = "lettuce", Variety = "Butterhead",
        Description = "Living butterhead, 24 heads per case.", GrowingMethod = GrowingMethod.Hydroponic, Certifications = ["usda-organic"],
        Grade = Grade.A, Unit = Unit.Case, UnitPrice = new Money { Amount = 2450, Currency = "USD" },
        BulkDiscounts = [new BulkDiscount { MinQuantity = 10, PercentOff = 5 }],
        QuantityAvailable = 120, MinimumOrderQuantity = 2, LowStockThreshold = 10,
        HarvestDate = Today().AddDays(-2), AvailableFrom = Today().AddDays(-1), AvailableUntil = Today().AddDays(14), ShelfLifeDays = 14,
        Delivery = new DeliveryOptions { Pickup = true, Delivery = true, RadiusMiles = 50, Fee = new Money { Amount = 1500, Currency = "USD" } },
        Location = new LocationDto { City = "Salinas", State = "CA", PostalCode = "93901", Latitude = 36.67, Longitude = -121.65 },
        ColdChainRequired = true,
        Sustainability = new Sustainability { RenewableEnergy = true, PesticideFree = true, WaterUsageGalPerUnit = 1.2, CarbonKgPerUnit = 0.4 },
    };
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteDotnetClientJourneyTests(SqliteApiFactory api) : DotnetClientJourneyTests(api);

[Collection(PostgresCollection.Name)]
public sealed class PostgresDotnetClientJourneyTests(PostgresApiFactory api) : DotnetClientJourneyTests(api);
