using GraphQL;
using GraphQL.Types;
using Marketplace.Application.Carts;
using Marketplace.Application.Listings;
using Marketplace.Application.Listings.CreateListing;
using Marketplace.Application.Listings.UpdateListing;
using Marketplace.Application.Orders;
using Marketplace.Application.Orders.Checkout;
using Marketplace.Application.Orders.PlaceOrder;
using Marketplace.Application.Reviews;
using Marketplace.Application.Users;
using Marketplace.Domain.Common;
using Marketplace.Domain.Listings;
using Mediator;
using static Marketplace.Api.GraphQL.RootFields;

namespace Marketplace.Api.GraphQL;

/// <summary>One mutation per command: each sends the Mediator command of its REST twin (named beside it) and returns that response.</summary>
internal sealed class MarketplaceMutation : ObjectGraphType
{
    private readonly ResponseTypes _types;

    public MarketplaceMutation(ResponseTypes types)
    {
        Name = "Mutation";
        _types = types;
        var listing = types.Output<ListingResponse>();
        var order = types.Output<OrderResponse>();
        var user = types.Output<UserResponse>();

        // POST /listings
        AddField(Root("createListing", listing, "Create a listing (starts as `draft`), as `POST /listings`.",
            async context => await context.CommandAsync(new CreateListingCommand(context.Bind<CreateListingBody>(context.Input()))),
            Required("input", types.InputOf(typeof(CreateListingBody)), "The listing body of REST.")));

        // PUT /listings/{id}
        AddField(Root("updateListing", listing, "Replace a listing's details, as `PUT /listings/{id}` (no stock: that is `adjustStock`).",
            async context => await context.CommandAsync(new UpdateListingCommand(
                context.IdOf(), context.Bind<UpdateListingBody>(context.Input()), context.GetArgument<string?>("ifMatch"))),
            Required("id", Id, "The listing to replace."),
            Required("input", types.InputOf(typeof(UpdateListingBody)), "The listing body without `quantityAvailable`."),
            Arg("ifMatch", Text, "The listing's `etag` as last read; a stale one is 412 and changes nothing.")));

        // POST /listings/{id}/publish | /pause | /archive
        Transition("publishListing", "Draft or paused → active, as `POST /listings/{id}/publish`.", ListingStatusChange.Publish, listing);
        Transition("pauseListing", "Active or sold out → paused, as `POST /listings/{id}/pause`.", ListingStatusChange.Pause, listing);
        Transition("archiveListing", "Any state → archived, as `POST /listings/{id}/archive`.", ListingStatusChange.Archive, listing);

        // POST /listings/{id}/stock
        AddField(Root("adjustStock", listing, "Record stock `received` or `adjusted`, as `POST /listings/{id}/stock`.",
            async context => await context.CommandAsync(context.Bind<AdjustStockCommand>(
                context.Values(("id", "listingId"), ("kind", "kind"), ("quantity", "quantity"), ("reason", "reason")))),
            Required("id", Id, "The listing."),
            Arg("kind", types.OutputOf(typeof(StockChangeKind)), "`received` or `adjusted`."),
            Arg("quantity", types.OutputOf(typeof(decimal)), "Units; positive when received, signed when adjusted."),
            Arg("reason", Text, "Why the stock changed.")));

        // POST /orders
        AddField(Root("placeOrder", types.Output<PlaceOrderResponse>(), "Place an order with one grower, as `POST /orders`.",
            async context => await context.CommandAsync(context.Bind<PlaceOrderCommand>(context.Input()), Key(context)),
            Required("input", types.InputOf(typeof(PlaceOrderCommand)), "The order body of REST."),
            IdempotencyKey()));

        // PUT /cart/lines/{listingId}, DELETE /cart/lines/{listingId}, DELETE /cart
        var cart = types.Output<CartResponse>();
        AddField(Root("setCartLine", cart, "Add a listing to my cart or set its quantity, as `PUT /cart/lines/{listingId}`.",
            async context => await context.CommandAsync(context.Bind<SetCartLineCommand>(context.Values(("listingId", "listingId"), ("quantity", "quantity")))),
            Required("listingId", Id, "The listing."),
            Arg("quantity", types.OutputOf(typeof(decimal)), "Units wanted (more than 0).")));
        AddField(Root("removeCartLine", cart, "Take a listing out of my cart, as `DELETE /cart/lines/{listingId}`.",
            async context => await context.CommandAsync(new RemoveCartLineCommand(context.IdOf("listingId"))),
            Required("listingId", Id, "The listing.")));
        AddField(Root("clearCart", cart, "Empty my cart, as `DELETE /cart`.",
            async context => await context.CommandAsync(new ClearCartCommand())));

        // POST /orders/{id}/reorder
        AddField(Root("reorder", cart, "Put an earlier order's lines in my cart at today's prices, as `POST /orders/{id}/reorder`.",
            async context => await context.CommandAsync(new ReorderCommand(context.IdOf("id"))),
            Required("id", Id, "The order to buy again.")));

        // POST /cart/checkout
        AddField(Root("checkout", types.Output<CheckoutResponse>(), "Check out my cart: one order per grower, one payment, as `POST /cart/checkout`.",
            async context => await context.CommandAsync(context.Bind<CheckoutCartCommand>(context.Input()), Key(context)),
            Required("input", types.InputOf(typeof(CheckoutCartCommand)), "The checkout body of REST."),
            IdempotencyKey()));

        // POST /orders/{id}/confirm | /ship | /deliver
        OrderStep("confirmOrder", "Grower: `pending` → `confirmed`, as `POST /orders/{id}/confirm`.", id => new ConfirmOrderCommand(id), order);
        OrderStep("shipOrder", "Grower: `confirmed` → `in_transit`, as `POST /orders/{id}/ship`.", id => new ShipOrderCommand(id), order);
        OrderStep("deliverOrder", "Buyer or grower: `in_transit` → `delivered`, as `POST /orders/{id}/deliver`.", id => new DeliverOrderCommand(id), order);

        // POST /orders/{id}/cancel
        AddField(Root("cancelOrder", order, "Cancel before shipping, as `POST /orders/{id}/cancel`.",
            async context => await context.CommandAsync(context.Bind<CancelOrderCommand>(context.Values(("id", "orderId"), ("reason", "reason"))), Key(context)),
            Required("id", Id, "The order to cancel."), Arg("reason", Text, "Told to the other side."), IdempotencyKey()));

        // POST /orders/{id}/refunds
        AddField(Root("refundOrder", order, "Refund a delivered order, in full or in part, as `POST /orders/{id}/refunds`.",
            async context => await context.CommandAsync(context.Bind<RefundOrderCommand>(
                context.Values(("id", "orderId"), ("amount", "amount"), ("reason", "reason"))), Key(context)),
            Required("id", Id, "The delivered order."),
            Arg("amount", types.InputOf(typeof(Money)), "How much; everything still refundable when absent."),
            Arg("reason", Text, "Why."), IdempotencyKey()));

        // POST /orders/{id}/review
        AddField(Root("reviewOrder", types.Output<ReviewResponse>(), "Review a delivered order, as `POST /orders/{id}/review`.",
            async context => await context.CommandAsync(context.Bind<ReviewOrderCommand>(
                context.Values(("id", "orderId"), ("rating", "rating"), ("comment", "comment")))),
            Required("id", Id, "The delivered order."),
            Arg("rating", types.OutputOf(typeof(int)), "Stars, 1–5."),
            Arg("comment", Text, "Up to 2000 characters.")));

        // PUT /users/me/grower-profile and /users/me/buyer-profile
        AddField(Root("upsertGrowerProfile", user, "Set up or change the caller's farm, as `PUT /users/me/grower-profile`.",
            async context => await context.CommandAsync(context.Bind<UpsertGrowerProfileCommand>(context.Input())),
            Required("input", types.InputOf(typeof(UpsertGrowerProfileCommand)), "The grower profile body of REST.")));
        AddField(Root("upsertBuyerProfile", user, "Set up or change the caller's business, as `PUT /users/me/buyer-profile`.",
            async context => await context.CommandAsync(context.Bind<UpsertBuyerProfileCommand>(context.Input())),
            Required("input", types.InputOf(typeof(UpsertBuyerProfileCommand)), "The buyer profile body of REST.")));
    }

    private IGraphType Id => _types.OutputOf(typeof(Guid));
    private IGraphType Text => _types.OutputOf(typeof(string));

    private QueryArgument IdempotencyKey() =>
        Arg("idempotencyKey", Text, "REST's `Idempotency-Key`: the same key and arguments give back the first answer; other arguments are 422.");

    private static string? Key(IResolveFieldContext context) => context.GetArgument<string?>("idempotencyKey");

    private void Transition(string name, string description, ListingStatusChange change, IGraphType listing) =>
        AddField(Root(name, listing, description,
            async context => await context.CommandAsync(new ChangeListingStatusCommand(context.IdOf(), change)),
            Required("id", Id, "The listing.")));

    private void OrderStep(string name, string description, Func<Guid, ICommand<OrderResponse>> command, IGraphType order) =>
        AddField(Root(name, order, description,
            async context => await context.CommandAsync(command(context.IdOf())),
            Required("id", Id, "The order.")));
}
