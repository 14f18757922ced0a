using System.ComponentModel;
using Marketplace.Application.Carts;
using Marketplace.Application.Common.Paging;
using Marketplace.Application.Orders;
using Marketplace.Application.Orders.PlaceOrder;
using Marketplace.Application.Reviews;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.Api.Endpoints;

internal static class OrdersEndpoints
{
    public static void MapOrders(this RouteGroupBuilder api)
    {
        var orders = api.MapGroup("/orders").WithTags("Orders").RequireAuthorization();

        orders.MapPost("/", PlaceOrder).RequireRateLimiting(RateLimiting.RateLimits.Orders)
            .Describe("PlaceOrder", "Place an order",
                "A buyer orders from one grower (400 `multiple_growers` otherwise; at most 50 lines, each listing once). Stock " +
                "for every line is reserved atomically or not at all (409 `insufficient_stock` naming the listing). Other " +
                "409s: `listing_not_active`, `listing_not_available`, `below_minimum_quantity`, `delivery_not_offered`, " +
                "`outside_delivery_radius`, `own_listing`. Delivery orders need the address's coordinates (or a buyer " +
                "profile address). Send `Idempotency-Key` to make retries safe for 24 hours: the same key and body " +
                "replay the first response with `Idempotent-Replayed: true`; another body is 422. The order waits in " +
                "`pending_payment` until paid (the simulated provider pays at once unless AutoConfirm is off) and is " +
                "cancelled, releasing its stock, if unpaid after the payment timeout (30 minutes).")
            .Produces<PlaceOrderResponse>(StatusCodes.Status201Created).ProducesProblems(400, 401, 403, 409, 422, 503);

        orders.MapGet("/", ListOrders)
            .Describe("ListOrders", "List my orders",
                "Newest first. `role=buyer` or `role=grower` narrows to one side; `status` filters; keyset-paged with `cursor` " +
                "and `limit` (1–100, default 20). Admins without `role` see every order.")
            .Produces<Page<OrderResponse>>().ProducesProblems(400, 401);

        orders.MapGet("/{id:guid}", async ([Description("The order.")] Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetOrderQuery(id), ct)))
            .Describe("GetOrder", "Get an order", "For its buyer, its grower or an admin; 404 for anyone else.")
            .Produces<OrderResponse>().ProducesProblems(401, 404);

        orders.MapPost("/{id:guid}/reorder", async ([Description("The order to buy again.")] Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ReorderCommand(id), ct)))
            .Describe("Reorder", "Buy an order again",
                "Its buyer. Puts the order's lines in the cart at today's prices and returns the cart: lines already in the cart stay, " +
                "a listing of the order takes the order's quantity, and each line shows its `problems` (a sold-out, paused or " +
                "archived listing is kept with `insufficient_stock` or `listing_not_active`, so nothing goes missing silently). " +
                "Check out with `POST /cart/checkout`. Anyone else's order is 404; a cart over 100 listings is 409 `cart_full`.")
            .Produces<CartResponse>().ProducesProblems(401, 403, 404, 409);

        MapTransition(orders, "confirm", "ConfirmOrder", "Confirm an order",
            "Grower: `pending` → `confirmed`; the reserved stock becomes sold. A buyer gets 403.", id => new ConfirmOrderCommand(id));
        MapTransition(orders, "ship", "ShipOrder", "Ship an order", "Grower: `confirmed` → `in_transit`.", id => new ShipOrderCommand(id));
        MapTransition(orders, "deliver", "DeliverOrder", "Mark an order delivered", "Buyer or grower: `in_transit` → `delivered`.",
            id => new DeliverOrderCommand(id));

        orders.MapPost("/{id:guid}/cancel", async ([Description("The order to cancel.")] Guid id, CancelBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new CancelOrderCommand(id, body.Reason), ct)))
            .Describe("CancelOrder", "Cancel an order",
                "Buyer or grower, before shipping (`pending_payment`, `pending`, `confirmed`): the stock goes back and a paid " +
                "order is refunded in full. Later → 409 `invalid_transition`.")
            .Produces<OrderResponse>().ProducesProblems(400, 401, 403, 404, 409, 503);

        orders.MapPost("/{id:guid}/refunds", async ([Description("The delivered order to refund.")] Guid id, RefundBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RefundOrderCommand(id, body.Amount, body.Reason), ct)))
            .Describe("RefundOrder", "Refund a delivered order",
                "Grower or admin. Without `amount`, refunds everything still refundable and the order ends `refunded`; with " +
                "`amount`, a partial refund. Refunds never add up to more than was paid (409 `refund_exceeds_paid`).")
            .Produces<OrderResponse>().ProducesProblems(400, 401, 403, 404, 409, 503);

        orders.MapPost("/{id:guid}/review", async ([Description("The delivered order to review.")] Guid id, ReviewBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ReviewOrderCommand(id, body.Rating, body.Comment), ct)))
            .WithTags("Reviews")
            .Describe("ReviewOrder", "Review a delivered order",
                "The order's buyer, once (409 `already_reviewed`), after delivery: `rating` 1–5 and an optional `comment` " +
                "(≤ 2000 characters). Updates the grower's average rating and review count.")
            .Produces<ReviewResponse>().ProducesProblems(400, 401, 403, 404, 409);
    }

    private static async Task<Created<PlaceOrderResponse>> PlaceOrder(PlaceOrderCommand command, ISender sender, ResourceLocations locations, CancellationToken ct)
    {
        var placed = await sender.Send(command, ct);
        return TypedResults.Created(locations.Order(placed.Order.Id), placed);
    }

    /// <param name="role">`buyer` for orders I placed, `grower` for orders placed with me; both when absent.</param>
    /// <param name="status">Only orders in this status, e.g. `pending`.</param>
    /// <param name="cursor">The `nextCursor` of the previous page.</param>
    /// <param name="limit">Orders per page, 1–100 (default 20).</param>
    private static async Task<Ok<Page<OrderResponse>>> ListOrders(string? role, string? status, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListOrdersQuery(role, status, cursor, limit), ct));

    private static void MapTransition(RouteGroupBuilder orders, string action, string useCase, string summary, string description,
        Func<Guid, ICommand<OrderResponse>> command) =>
        orders.MapPost($"/{{id:guid}}/{action}", async ([Description("The order.")] Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(command(id), ct)))
            .Describe(useCase, summary, description + " A state that does not allow it → 409 `invalid_transition`.")
            .Produces<OrderResponse>().ProducesProblems(401, 403, 404, 409);
}

/// <summary>Why the order is cancelled.</summary>
/// <param name="Reason">Told to the other side, e.g. "Out of stock after frost".</param>
[Marketplace.Api.OpenApi.ValidatedAs(typeof(CancelOrderCommand))]
public sealed record CancelBody(string? Reason);

/// <summary>A refund of a delivered order.</summary>
/// <param name="Amount">How much to refund; everything still refundable when absent.</param>
/// <param name="Reason">Why, e.g. "Two cases arrived wilted".</param>
[Marketplace.Api.OpenApi.ValidatedAs(typeof(RefundOrderCommand))]
public sealed record RefundBody(Marketplace.Domain.Common.Money? Amount, string? Reason);

/// <summary>A buyer's review of a delivered order.</summary>
/// <param name="Rating">Stars, 1–5.</param>
/// <param name="Comment">What the buyer wants other buyers to know (up to 2000 characters).</param>
[Marketplace.Api.OpenApi.ValidatedAs(typeof(ReviewOrderCommand))]
public sealed record ReviewBody(int? Rating, string? Comment);
