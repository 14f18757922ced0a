using System.ComponentModel;
using Marketplace.Application.Favorites;
using Mediator;

namespace Marketplace.Api.Endpoints;

internal static class FavoritesEndpoints
{
    public static void MapFavorites(this RouteGroupBuilder api)
    {
        var favorites = api.MapGroup("/users/me/favorites").WithTags("Favorites").RequireAuthorization();

        favorites.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetFavoritesQuery(), ct)))
            .Describe("GetFavorites", "My favorite growers and listings",
                "Needs the `buyer` role. Current data, most recently added first. A favorite listing that is no longer " +
                "active (paused, sold out, archived) is still listed, with that `status`.")
            .Produces<FavoritesResponse>().ProducesProblems(401, 403);

        favorites.MapPut("/growers/{growerId:guid}", async ([Description("The grower's marketplace user id.")] Guid growerId, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new AddFavoriteGrowerCommand(growerId), ct);
                return TypedResults.NoContent();
            })
            .Describe("AddFavoriteGrower", "Keep a grower in my favorites",
                "Needs the `buyer` role. Idempotent: a second PUT is the same one favorite. 404 when no grower has that id.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblems(401, 403, 404);

        favorites.MapDelete("/growers/{growerId:guid}", async ([Description("The grower's marketplace user id.")] Guid growerId, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new RemoveFavoriteGrowerCommand(growerId), ct);
                return TypedResults.NoContent();
            })
            .Describe("RemoveFavoriteGrower", "Drop a grower from my favorites",
                "Needs the `buyer` role. Idempotent: removing a grower that is not a favorite changes nothing. 404 when no grower has that id.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblems(401, 403, 404);

        favorites.MapPut("/listings/{listingId:guid}", async ([Description("The listing.")] Guid listingId, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new AddFavoriteListingCommand(listingId), ct);
                return TypedResults.NoContent();
            })
            .Describe("AddFavoriteListing", "Keep a listing in my favorites",
                "Needs the `buyer` role. Idempotent: a second PUT is the same one favorite. 404 when the listing does not " +
                "exist or is a draft or archived listing of another grower (as `GET /listings/{id}`).")
            .Produces(StatusCodes.Status204NoContent).ProducesProblems(401, 403, 404);

        favorites.MapDelete("/listings/{listingId:guid}", async ([Description("The listing.")] Guid listingId, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new RemoveFavoriteListingCommand(listingId), ct);
                return TypedResults.NoContent();
            })
            .Describe("RemoveFavoriteListing", "Drop a listing from my favorites",
                "Needs the `buyer` role. Idempotent; a favorite is removed whatever became of its listing. 404 when the " +
                "listing is neither a favorite nor visible to the caller.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblems(401, 403, 404);
    }
}
