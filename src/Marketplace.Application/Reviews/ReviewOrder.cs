using Marketplace.Application.Orders;
using Marketplace.Domain.Reviews;

namespace Marketplace.Application.Reviews;

/// <summary>The buyer rates a delivered order, once; the grower's rating sums stay exact.</summary>
[AuthorizeRequest]
public sealed record ReviewOrderCommand(Guid OrderId, int? Rating, string? Comment) : ICommand<ReviewResponse>;

/// <summary>A buyer's review of a delivered order.</summary>
/// <param name="Id">The review id.</param>
/// <param name="OrderId">The delivered order it reviews.</param>
/// <param name="GrowerId">The grower reviewed.</param>
/// <param name="Rating">Stars, 1–5.</param>
/// <param name="Comment">What the buyer wrote.</param>
/// <param name="BuyerName">The buyer's display name, as shown to others.</param>
/// <param name="CreatedAt">When the review was left (UTC).</param>
public sealed record ReviewResponse(Guid Id, Guid OrderId, Guid GrowerId, int Rating, string? Comment, string? BuyerName, DateTimeOffset CreatedAt);

public sealed class ReviewOrderValidator : AbstractValidator<ReviewOrderCommand>
{
    public ReviewOrderValidator()
    {
        RuleFor(c => c.OrderId).NotEmpty();
        RuleFor(c => c.Rating).NotNull().InclusiveBetween(1, 5);
        RuleFor(c => c.Comment).MaximumLength(Review.MaxCommentLength);
    }
}

public sealed class ReviewOrderHandler(IMarketplaceDbContext db, OrderAccess access, TimeProvider clock)
    : ICommandHandler<ReviewOrderCommand, ReviewResponse>
{
    public async ValueTask<ReviewResponse> Handle(ReviewOrderCommand command, CancellationToken cancellationToken)
    {
        var (order, actor, _) = await access.LoadAsync(command.OrderId, cancellationToken);
        var now = clock.GetUtcNow();
        var review = Review.Write(order, actor, command.Rating!.Value, command.Comment, now);
        if (await db.Reviews.AnyAsync(r => r.OrderId == order.Id, cancellationToken))
            throw new DomainRuleException("already_reviewed", "This order has been reviewed already.");
        db.Reviews.Add(review);

        var grower = await db.Users.FirstAsync(u => u.Id == order.GrowerId, cancellationToken);
        grower.RecordReview(review.Rating, now);
        var average = grower.GrowerProfile!.AverageRating;
        // The board sorts by rating; each listing carries its grower's. Loaded and changed through the entity
        // (never a bulk update behind the model's back), so each gets a new ETag and the index and cache follow.
        var listings = await db.Listings.Where(l => l.GrowerId == order.GrowerId).ToListAsync(cancellationToken);
        foreach (var listing in listings) listing.RateGrower(average, now);

        var buyer = await db.Users.AsNoTracking().FirstAsync(u => u.Id == order.BuyerId, cancellationToken);
        return new ReviewResponse(review.Id, order.Id, order.GrowerId, review.Rating, review.Comment,
            buyer.BuyerProfile?.BusinessName ?? buyer.DisplayName, review.CreatedAt);
    }
}
