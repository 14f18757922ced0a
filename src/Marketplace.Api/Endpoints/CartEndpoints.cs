using System.ComponentModel;
using Marketplace.Api.Idempotency;
using Marketplace.Application.Carts;
using Marketplace.Application.Orders.Checkout;
using Marketplace.Application.Orders;
using Marketplace.Domain.Orders;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.Api.Endpoints;

internal static class CartEndpoints
{
    public static void MapCart(this RouteGroupBuilder api)
    {
        var cart = api.MapGroup("/cart").WithTags("Cart").RequireAuthorization();

        cart.MapGet("/", async ([Description("Price delivery fees for `delivery` (default) or `pickup`.")] string? deliveryMethod, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetCartQuery(deliveryMethod), ct)))
            .Describe("GetCart", "Get my cart",
                "Buyer. The cart at today's prices, grouped by grower (subtotal and delivery fee each). Every line lists its " +
                "`problems` (`below_minimum`, `insufficient_stock`, `listing_not_active`, `price_changed` since the line was " +
                "set) instead of failing the cart. `total` is what `POST /cart/checkout` charges for the same delivery method.")
            .Produces<CartResponse>().ProducesProblems(400, 401, 403);

        cart.MapPut("/lines/{listingId:guid}", async ([Description("The listing to buy.")] Guid listingId, CartLineBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SetCartLineCommand(listingId, body.Quantity), ct)))
            .Describe("SetCartLine", "Put a listing in my cart",
                "Buyer. Adds the listing, or sets its quantity when it is in the cart already; remembers today's price. A " +
                "listing from any grower may join (a cart holds up to 100); an unknown or draft listing is 404, your own 409 `own_listing`.")
            .Produces<CartResponse>().ProducesProblems(400, 401, 403, 404, 409);

        cart.MapDelete("/lines/{listingId:guid}", async ([Description("The listing to take out.")] Guid listingId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RemoveCartLineCommand(listingId), ct)))
            .Describe("RemoveCartLine", "Take a listing out of my cart", "Buyer. 404 when the listing is not in the cart.")
            .Produces<CartResponse>().ProducesProblems(401, 403, 404);

        cart.MapDelete("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ClearCartCommand(), ct)))
            .Describe("ClearCart", "Empty my cart", "Buyer. Leaves an empty cart.")
            .Produces<CartResponse>().ProducesProblems(401, 403);

        cart.MapPost("/checkout", Checkout).RequireRateLimiting(RateLimiting.RateLimits.Orders)
            .Describe("CheckoutCart", "Check out my cart",
                "Buyer. One order group with one order per grower, paid by one payment for the total. Stock for every line of " +
                "every grower is reserved all or none (409 `insufficient_stock` naming every short listing); 409 `cart_changed` " +
                "when `expectedTotal` differs from today's total; 400 `cart_empty`. The other order rules apply per grower " +
                "(`listing_not_active`, `below_minimum_quantity`, `delivery_not_offered`, …). The cart is emptied when the " +
                "orders are placed. Send `Idempotency-Key` to make retries safe for 24 hours.")
            .Produces<CheckoutResponse>(StatusCodes.Status201Created).ProducesProblems(400, 401, 403, 409, 422, 503);

        api.MapGet("/order-groups/{id:guid}", async ([Description("The order group.")] Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetOrderGroupQuery(id), ct)))
            .WithTags("Orders").RequireAuthorization()
            .Describe("GetOrderGroup", "Get an order group", "Its buyer or an admin: the checkout's orders and its one payment; 404 for anyone else.")
            .Produces<OrderGroupResponse>().ProducesProblems(401, 404);
    }

    private static async Task<Created<CheckoutResponse>> Checkout(CheckoutCartCommand command, ISender sender, ResourceLocations locations, CancellationToken ct)
    {
        var checkout = await sender.Send(command, ct);
        return TypedResults.Created(locations.OrderGroup(checkout.Group.Id), checkout);
    }
}

/// <summary>How much of a listing the cart holds.</summary>
/// <param name="Quantity">Units wanted (more than 0).</param>
[Marketplace.Api.OpenApi.ValidatedAs(typeof(SetCartLineCommand))]
public sealed record CartLineBody(decimal? Quantity);
