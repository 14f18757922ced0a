using System.ComponentModel;
using Marketplace.Application.Common.Paging;
using Marketplace.Application.Listings;
using Marketplace.Application.Listings.CreateListing;
using Marketplace.Application.Listings.Images;
using Marketplace.Application.Listings.SearchListings;
using Marketplace.Application.Listings.UpdateListing;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Api.Endpoints;

/// <summary>Listings and the produce board: HTTP in, a Mediator request, HTTP out.</summary>
internal static class ListingsEndpoints
{
    public static void MapListings(this RouteGroupBuilder api)
    {
        var listings = api.MapGroup("/listings").WithTags("Listings");

        listings.MapGet("/", SearchListings).AllowAnonymous().CacheOutput(Caching.BoardCache.Policy)
            .RequireRateLimiting(RateLimiting.RateLimits.Board)
            .Describe("SearchListings", "Search the produce board",
                "Active listings, anonymous allowed. Filters combine with AND; repeated `category`, `certification` and " +
                "`growingMethod` values combine with OR. `q` matches every word against title, product type, variety, " +
                "description, farm name and city. Sorts: `relevance` (default with `q`: title matches first, then newest), " +
                "`newest` (default), `price`, `-price`, `freshest` (latest harvest), `distance` (needs `near`), `rating`. " +
                "Pages are keyset cursors: pass `nextCursor` back as `cursor` with the same sort; a listing added between " +
                "pages never causes repeats or gaps. `facets=true` adds counts over all matching listings. A grower passing " +
                "its own `growerId` with its token also sees its drafts and paused listings. `harvestedAfter` is inclusive. " +
                "Anonymous pages may be served from a cache for a few seconds (`Marketplace:Board:CacheSeconds`); a listing " +
                "being published, changed, paused, archived or selling out refreshes them at once, stock counts within those seconds.")
            .Produces<BoardPage>().ProducesProblems(400, 503);

        listings.MapPost("/", CreateListing).RequireAuthorization()
            .Describe("CreateListing", "Create a listing",
                "A grower with a grower profile offers produce. The listing starts as `draft`; `quantityAvailable` becomes " +
                "the opening stock (a `received` line in the stock ledger). Returns the listing with its `ETag`.")
            .Accepts<CreateListingBody>("application/json")
            .Produces<ListingResponse>(StatusCodes.Status201Created).ProducesProblems(400, 401, 403);

        listings.MapGet("/{id:guid}", GetListing).AllowAnonymous()
            .Describe("GetListing", "Get a listing",
                "Any listing on the board, or one of your own drafts or archived listings. Returns an `ETag` for `If-Match`.")
            .Produces<ListingResponse>().ProducesProblems(404);

        listings.MapPut("/{id:guid}", UpdateListing).RequireAuthorization()
            .Describe("UpdateListing", "Replace a listing's details",
                "Full update by the owner. Send the `ETag` you read as `If-Match` to avoid overwriting someone else's " +
                "change (412 when it is stale). The body has no `quantityAvailable`: an edit never moves stock (that is " +
                "`POST /listings/{id}/stock`), and a body that still sends it, or any other unknown field, is 400 " +
                "`validation_failed` naming the field, with nothing changed.")
            .Accepts<UpdateListingBody>("application/json")
            .Produces<ListingResponse>().ProducesProblems(400, 401, 403, 404, 409, 412);

        MapTransition(listings, "publish", "PublishListing", "Publish a listing",
            "Draft or paused → active (or `sold_out` when nothing is available).", ListingStatusChange.Publish);
        MapTransition(listings, "pause", "PauseListing", "Pause a listing",
            "Active or sold out → paused: off the board until published again.", ListingStatusChange.Pause);
        MapTransition(listings, "archive", "ArchiveListing", "Archive a listing",
            "Any state → archived, for good. Archived listings cannot be changed.", ListingStatusChange.Archive);

        listings.MapPost("/{id:guid}/stock", AdjustStock).RequireAuthorization()
            .Describe("AdjustStock", "Record stock received or a correction",
                "`received` adds a positive quantity; `adjusted` changes on-hand stock by a signed quantity and may not take " +
                "it below what is reserved for orders. Each call appends one line to the stock ledger. A listing reaching " +
                "zero available goes `sold_out`, and back to `active` when stock returns.")
            .Produces<ListingResponse>().ProducesProblems(400, 401, 403, 404, 409);

        listings.MapPost("/{id:guid}/images", AddImage).RequireAuthorization().DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(Application.Listings.Images.ImageFormats.MaxBytes + 64 * 1024))
            .Describe("AddListingImage", "Add a photo",
                "Owner. Multipart field `file`: a JPEG, PNG or WebP image, recognised by its content (anything else is 415), " +
                "at most 5 MB (413, refused while reading, before anything is stored), at most 10 per listing (409 " +
                "`too_many_images`). The listing shows its images in the order they were added.")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<ListingImageResponse>(StatusCodes.Status201Created).ProducesProblems(400, 401, 403, 404, 409, 413, 415);

        listings.MapDelete("/{id:guid}/images/{imageId:guid}", async ([Description("The listing.")] Guid id, [Description("The image to delete.")] Guid imageId, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new DeleteListingImageCommand(id, imageId), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization()
            .Describe("DeleteListingImage", "Delete a photo", "Owner. Removes the image from the listing and deletes the stored file.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblems(401, 403, 404);

        listings.MapGet("/{id:guid}/stock-movements", ListStockMovements).RequireAuthorization()
            .Describe("ListStockMovements", "Read a listing's stock ledger",
                "The append-only ledger, newest first, for the listing's grower. Keyset-paged with `cursor` and `limit` (1–100, default 50).")
            .Produces<Page<StockMovementResponse>>().ProducesProblems(400, 401, 403, 404);
    }

    private static async Task<Ok<BoardPage>> SearchListings([AsParameters] SearchListingsQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));

    private static async Task<Created<ListingResponse>> CreateListing(CreateListingBody body, ISender sender, HttpContext http,
        ResourceLocations locations, CancellationToken ct)
    {
        var listing = await sender.Send(new CreateListingCommand(body), ct);
        http.SetETag(listing.Version);
        return TypedResults.Created(locations.Listing(listing.Id), listing);
    }

    /// <param name="id">The listing.</param>
    private static async Task<Ok<ListingResponse>> GetListing(Guid id, ISender sender, HttpContext http, CancellationToken ct)
    {
        var listing = await sender.Send(new GetListingQuery(id), ct);
        http.SetETag(listing.Version);
        return TypedResults.Ok(listing);
    }

    /// <param name="id">The listing to replace.</param>
    /// <param name="ifMatch">The `ETag` last read; a stale one is 412 and changes nothing.</param>
    private static async Task<Ok<ListingResponse>> UpdateListing(Guid id, UpdateListingBody body, [FromHeader(Name = "If-Match")] string? ifMatch,
        ISender sender, HttpContext http, CancellationToken ct)
    {
        var listing = await sender.Send(new UpdateListingCommand(id, body, ifMatch), ct);
        http.SetETag(listing.Version);
        return TypedResults.Ok(listing);
    }

    /// <param name="id">The listing.</param>
    private static async Task<Ok<ListingResponse>> AdjustStock(Guid id, StockChangeBody body, ISender sender, HttpContext http, CancellationToken ct)
    {
        var listing = await sender.Send(new AdjustStockCommand(id, body.Kind, body.Quantity, body.Reason), ct);
        http.SetETag(listing.Version);
        return TypedResults.Ok(listing);
    }

    /// <param name="id">The listing.</param>
    private static async Task<Created<ListingImageResponse>> AddImage(Guid id, IFormFile? file, ISender sender, HttpContext http, CancellationToken ct)
    {
        await using var content = file?.OpenReadStream();
        var image = await sender.Send(new AddListingImageCommand(id, content), ct);
        return TypedResults.Created(image.Url, image);
    }

    /// <param name="id">The listing.</param>
    /// <param name="cursor">The `nextCursor` of the previous page.</param>
    /// <param name="limit">Ledger lines per page, 1–100 (default 50).</param>
    private static async Task<Ok<Page<StockMovementResponse>>> ListStockMovements(Guid id, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListStockMovementsQuery(id, cursor, limit), ct));

    private static void MapTransition(RouteGroupBuilder listings, string action, string useCase, string summary, string description,
        ListingStatusChange change)
    {
        listings.MapPost($"/{{id:guid}}/{action}", async ([Description("The listing.")] Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var listing = await sender.Send(new ChangeListingStatusCommand(id, change), ct);
                http.SetETag(listing.Version);
                return TypedResults.Ok(listing);
            })
            .RequireAuthorization()
            .Describe(useCase, summary, description + " Owner only; a transition the current state does not allow is 409 `invalid_transition`.")
            .Produces<ListingResponse>().ProducesProblems(401, 403, 404, 409);
    }
}

/// <summary>The body of <c>POST /listings/{id}/stock</c>.</summary>
/// <param name="Kind">`received` for a delivery of new produce, `adjusted` for a count correction.</param>
/// <param name="Quantity">Units in the listing's unit; positive when received, signed when adjusted.</param>
/// <param name="Reason">Why the stock changed, kept on the ledger line (e.g. "harvest", "spoilage").</param>
[Marketplace.Api.OpenApi.ValidatedAs(typeof(AdjustStockCommand))]
public sealed record StockChangeBody(StockChangeKind? Kind, decimal? Quantity, string? Reason);
