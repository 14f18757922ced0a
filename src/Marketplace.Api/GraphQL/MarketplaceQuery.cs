using GraphQL.Types;
using Marketplace.Application.Analytics;
using Marketplace.Application.Carts;
using Marketplace.Application.Listings;
using Marketplace.Application.Listings.SearchListings;
using Marketplace.Application.Orders;
using Marketplace.Application.Users;
using static Marketplace.Api.GraphQL.RootFields;

namespace Marketplace.Api.GraphQL;

/// <summary>The queries: each sends the Mediator request of its REST twin (named beside it) and returns that response.</summary>
internal sealed class MarketplaceQuery : ObjectGraphType
{
    public MarketplaceQuery(ResponseTypes types, ConnectionTypes connections)
    {
        Name = "Query";
        var id = types.OutputOf(typeof(Guid));
        var text = types.OutputOf(typeof(string));
        var number = types.OutputOf(typeof(int));

        // GET /listings
        var board = connections.Create("Board", types.OutputOf(typeof(ListingResponse)), types.OutputOf(typeof(BoardFacets)));
        AddField(Root("board", new NonNullGraphType(board),
            "The produce board, as `GET /listings`: the same filters, sorts, page size limit (1–100, default 20) and cursors.",
            async context =>
            {
                var values = context.Input("filter");
                foreach (var (key, value) in context.Values(("sort", "sort"), ("first", "limit"), ("after", "cursor"))) values[key] = value;
                if (context.SubFields?.Values.Any(f => f.FieldType.Name == "facets") == true) values["facets"] = true;
                var page = await context.PagedQueryAsync(context.Bind<SearchListingsQuery>(values));
                return GraphQL.Connection.Of(page.Items, page.NextCursor, page.Facets);
            },
            Arg("filter", types.InputOf(typeof(SearchListingsQuery), "BoardFilter",
                nameof(SearchListingsQuery.Sort), nameof(SearchListingsQuery.Limit), nameof(SearchListingsQuery.Cursor), nameof(SearchListingsQuery.Facets)),
                "The board's filters, named as REST's query parameters."),
            Arg("sort", text, "`relevance` (default with `q`), `newest` (default), `price`, `-price`, `freshest`, `distance`, `rating`."),
            Arg("first", number, "Listings per page, 1–100 (default 20): REST's `limit`."),
            Arg("after", text, "The `endCursor` of the previous page (REST's `cursor`), with the same sort.")));

        // GET /listings/{id}
        AddField(Root("listing", types.OutputOf(typeof(ListingResponse)), "A listing, as `GET /listings/{id}`.",
            async context => await context.QueryAsync(new GetListingQuery(context.IdOf())),
            Required("id", id, "The listing.")));

        // GET /growers/{growerId}
        AddField(Root("grower", types.OutputOf(typeof(PublicGrowerProfile)), "A grower's public profile, as `GET /growers/{growerId}`.",
            async context => await context.QueryAsync(new GetGrowerProfileQuery(context.IdOf())),
            Required("id", id, "The grower's marketplace user id.")));

        // GET /users/me
        AddField(Root("me", types.Output<UserResponse>(), "The caller, as `GET /users/me`.",
            async context => await context.QueryAsync(new GetMeQuery())));

        // GET /orders
        var orders = connections.Create("Order", types.OutputOf(typeof(OrderResponse)));
        AddField(Root("orders", new NonNullGraphType(orders), "My orders, newest first, as `GET /orders`.",
            async context =>
            {
                var page = await context.PagedQueryAsync(context.Bind<ListOrdersQuery>(
                    context.Values(("role", "role"), ("status", "status"), ("first", "limit"), ("after", "cursor"))));
                return GraphQL.Connection.Of(page.Items, page.NextCursor);
            },
            Arg("role", text, "`buyer` for orders I placed, `grower` for orders placed with me; both when absent."),
            Arg("status", text, "Only orders in this status, e.g. `pending`."),
            Arg("first", number, "Orders per page, 1–100 (default 20)."),
            Arg("after", text, "The `endCursor` of the previous page.")));

        // GET /orders/{id}
        AddField(Root("order", types.OutputOf(typeof(OrderResponse)), "An order, as `GET /orders/{id}`: its buyer, its grower or an admin.",
            async context => await context.QueryAsync(new GetOrderQuery(context.IdOf())),
            Required("id", id, "The order.")));

        // GET /cart
        AddField(Root("cart", types.Output<CartResponse>(), "My cart at today's prices, with each line's problems, as `GET /cart`.",
            async context => await context.QueryAsync(context.Bind<GetCartQuery>(context.Values(("deliveryMethod", "deliveryMethod")))),
            Arg("deliveryMethod", text, "Price delivery fees for `delivery` (default) or `pickup`.")));

        // GET /order-groups/{id}
        AddField(Root("orderGroup", types.Output<OrderGroupResponse>(), "An order group with its orders, as `GET /order-groups/{id}`: its buyer or an admin.",
            async context => await context.QueryAsync(new GetOrderGroupQuery(context.IdOf())),
            Required("id", id, "The order group.")));

        // GET /analytics/dashboard
        AddField(Root("dashboard", types.Output<DashboardResponse>(), "The grower's figures, as `GET /analytics/dashboard`.",
            async context => await context.QueryAsync(context.Bind<GetGrowerDashboardQuery>(context.Values(("period", "period")))),
            Arg("period", text, "`week`, `month` (default), `quarter` or `year`.")));
    }
}
