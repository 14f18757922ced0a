using Marketplace.Application.Common.Paging;

namespace Marketplace.Application.Reviews;

/// <summary>A grower's reviews, newest first, public.</summary>
[AllowAnonymousRequest]
public sealed record ListGrowerReviewsQuery(Guid GrowerId, string? Cursor, int? Limit) : IQuery<Page<ReviewResponse>>;

public sealed class ListGrowerReviewsValidator : AbstractValidator<ListGrowerReviewsQuery>
{
    public ListGrowerReviewsValidator()
    {
        RuleFor(q => q.GrowerId).NotEmpty();
        RuleFor(q => q.Limit).InclusiveBetween(1, 100);
    }
}

public sealed class ListGrowerReviewsHandler(IMarketplaceDbContext db, CursorCodec cursors) : IQueryHandler<ListGrowerReviewsQuery, Page<ReviewResponse>>
{
    private const string Sort = "reviews";

    public async ValueTask<Page<ReviewResponse>> Handle(ListGrowerReviewsQuery query, CancellationToken cancellationToken)
    {
        var cursor = await cursors.DecodeAsync(query.Cursor, Sort, cancellationToken);
        var limit = query.Limit ?? 20;
        var reviews = db.Reviews.AsNoTracking().Where(r => r.GrowerId == query.GrowerId);
        if (cursor is not null)
        {
            var at = cursor.KeyAsInstant();
            var id = cursor.Id;
            reviews = reviews.Where(r => r.CreatedAt < at || (r.CreatedAt == at && r.Id.CompareTo(id) < 0));
        }
        var rows = await reviews.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Take(limit + 1)
            .Join(db.Users, r => r.BuyerId, u => u.Id, (r, u) => new ReviewResponse(r.Id, r.OrderId, r.GrowerId, r.Rating, r.Comment,
                u.BuyerProfile != null ? u.BuyerProfile.BusinessName : u.DisplayName, r.CreatedAt))
            .ToListAsync(cancellationToken);
        rows = rows.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).ToList();
        var page = rows.Take(limit).ToList();
        var next = rows.Count > limit ? await cursors.EncodeAsync(Cursor.For(Sort, page[^1].CreatedAt.UtcTicks, page[^1].Id), cancellationToken) : null;
        return new Page<ReviewResponse>(page, next);
    }
}
