using System.Text.Json.Nodes;
using Marketplace.Api.Endpoints;
using Marketplace.Application.Auth;
using Marketplace.Application.Orders.PlaceOrder;
using Marketplace.Application.Users;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Marketplace.Api.OpenApi;

/// <summary>
/// Request examples that pass the API's validators as they stand, so "Try it out" succeeds. They carry no date that
/// expires (no requested delivery date, no end of availability), so they keep succeeding as the calendar moves.
/// The one thing a client must replace is <see cref="ListingIdPlaceholder"/>: an id from <c>GET /listings</c>.
/// </summary>
internal sealed class RequestExamplesFilter : ISchemaFilter
{
    /// <summary>Stands for a real listing id in examples; ExampleRequestsTests swaps it for one it created.</summary>
    public const string ListingIdPlaceholder = "0193a5b2-7c4d-7e8f-9a0b-1c2d3e4f5a6b";

    private static readonly Dictionary<Type, Func<JsonObject>> Examples = new()
    {
        [typeof(UpsertGrowerProfileCommand)] = () => new JsonObject
        {
            ["farmName"] = "Salinas Valley Greens",
            ["description"] = "Hydroponic lettuce and herbs grown under LED light, harvested to order.",
            ["city"] = "Salinas", ["state"] = "CA", ["postalCode"] = "93901", ["latitude"] = 36.67, ["longitude"] = -121.65,
            ["growingMethods"] = new JsonArray("hydroponic", "vertical"),
            ["certifications"] = new JsonArray("usda-organic"),
            ["facilitySizeSqFt"] = 20000,
        },
        [typeof(UpsertBuyerProfileCommand)] = () => new JsonObject
        {
            ["businessName"] = "Harbor Street Bistro",
            ["businessType"] = "restaurant",
            ["deliveryAddress"] = Address(),
        },
        [typeof(PlaceOrderCommand)] = () => new JsonObject
        {
            ["lines"] = new JsonArray(new JsonObject { ["listingId"] = ListingIdPlaceholder, ["quantity"] = 4 }),
            ["deliveryMethod"] = "delivery",
            ["deliveryAddress"] = Address(),
            ["notes"] = "Kitchen door on Alvarado St, before 10 am.",
        },
        [typeof(CartLineBody)] = () => new JsonObject { ["quantity"] = 4 },
        [typeof(Application.Orders.Checkout.CheckoutCartCommand)] = () => new JsonObject
        {
            ["deliveryMethod"] = "delivery",
            ["deliveryAddress"] = Address(),
            ["notes"] = "Kitchen door on Alvarado St, before 10 am.",
        },
        [typeof(StockChangeBody)] = () => new JsonObject { ["kind"] = "received", ["quantity"] = 25, ["reason"] = "Morning harvest" },
        [typeof(CancelBody)] = () => new JsonObject { ["reason"] = "Kitchen closed for a private event" },
        [typeof(RefundBody)] = () => new JsonObject
        {
            ["amount"] = new JsonObject { ["amount"] = 1000, ["currency"] = "USD" },
            ["reason"] = "Two heads arrived wilted",
        },
        [typeof(ReviewBody)] = () => new JsonObject { ["rating"] = 5, ["comment"] = "Crisp, cold on arrival and delivered before service." },
        [typeof(DevTokenRequest)] = () => new JsonObject
        {
            ["sub"] = "demo-grower", ["email"] = "grower@demo.vibelux.local", ["name"] = "Maria Delgado", ["roles"] = new JsonArray("grower"),
        },
        [typeof(RegisterAccountCommand)] = () => new JsonObject
        {
            ["email"] = "maria@salinasvalleygreens.example", ["password"] = "butterhead-at-dawn",
            ["displayName"] = "Maria Delgado", ["roles"] = new JsonArray("grower"),
        },
        [typeof(LoginCommand)] = () => new JsonObject { ["email"] = "maria@salinasvalleygreens.example", ["password"] = "butterhead-at-dawn" },
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema concrete && Examples.TryGetValue(context.Type, out var example)) concrete.Examples = [example()];
    }

    private static JsonObject Address() => new()
    {
        ["line1"] = "120 Harbor St", ["line2"] = "Kitchen door", ["city"] = "Monterey", ["state"] = "CA", ["postalCode"] = "93940",
        ["latitude"] = 36.6, ["longitude"] = -121.89,
    };
}
