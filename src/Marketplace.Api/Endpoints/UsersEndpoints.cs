using Marketplace.Application.Common.Paging;
using Marketplace.Application.Reviews;
using Marketplace.Application.Users;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.Api.Endpoints;

internal static class UsersEndpoints
{
    public static void MapUsers(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/users/me").WithTags("Users").RequireAuthorization();

        me.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetMeQuery(), ct)))
            .Describe("GetMe", "Who am I",
                "The caller's marketplace user. The first call with a new token subject creates it from the token's `sub`, " +
                "`email` and `name`. `id` is the id used as `growerId` and `buyerId` everywhere; `roles` are the token's.")
            .Produces<UserResponse>().ProducesProblems(401);

        me.MapPut("/grower-profile", async (UpsertGrowerProfileCommand body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(body, ct)))
            .Describe("UpsertGrowerProfile", "Create or replace my grower profile",
                "Needs the `grower` role. The farm buyers see; required before creating listings. Renaming the farm " +
                "updates the farm name on every listing of the grower.")
            .Produces<UserResponse>().ProducesProblems(400, 401, 403);

        me.MapPut("/buyer-profile", async (UpsertBuyerProfileCommand body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(body, ct)))
            .Describe("UpsertBuyerProfile", "Create or replace my buyer profile",
                "Needs the `buyer` role. The business and its default delivery address.")
            .Produces<UserResponse>().ProducesProblems(400, 401, 403);

        api.MapGet("/growers/{growerId:guid}", GetGrowerProfile).AllowAnonymous().WithTags("Growers")
            .Describe("GetGrowerProfile", "A grower's public profile",
                "Farm, location, methods, certifications, verification, rating and number of active listings.")
            .Produces<PublicGrowerProfile>().ProducesProblems(404);

        api.MapGet("/growers/{growerId:guid}/reviews", ListGrowerReviews).AllowAnonymous().WithTags("Reviews")
            .Describe("ListGrowerReviews", "A grower's reviews",
                "Newest first, public; keyset-paged with `cursor` and `limit` (1–100, default 20).")
            .Produces<Page<ReviewResponse>>().ProducesProblems(400);
    }

    /// <param name="growerId">The grower's marketplace user id.</param>
    /// <param name="cursor">The `nextCursor` of the previous page.</param>
    /// <param name="limit">Reviews per page, 1–100 (default 20).</param>
    private static async Task<Ok<Page<ReviewResponse>>> ListGrowerReviews(Guid growerId, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListGrowerReviewsQuery(growerId, cursor, limit), ct));

    /// <param name="growerId">The grower's marketplace user id.</param>
    private static async Task<Ok<PublicGrowerProfile>> GetGrowerProfile(Guid growerId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetGrowerProfileQuery(growerId), ct));
}
