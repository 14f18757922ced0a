using Marketplace.Domain.Common;
using Marketplace.Domain.Orders;

namespace Marketplace.Domain.Reviews;

/// <summary>A buyer's rating of a delivered order: one per order.</summary>
public sealed class Review : Entity
{
    public const int MaxCommentLength = 2000;

    private Review() { }

    public Guid OrderId { get; private init; }
    public Guid BuyerId { get; private init; }
    public Guid GrowerId { get; private init; }
    public int Rating { get; private init; }
    public string? Comment { get; private init; }
    public DateTimeOffset CreatedAt { get; private init; }

    public static Review Write(Order order, OrderActor actor, int rating, string? comment, DateTimeOffset now)
    {
        if (actor != OrderActor.Buyer) throw new ActionNotAllowedException("Only the order's buyer can review it.");
        if (order.Status is not (OrderStatus.Delivered or OrderStatus.Refunded) || !order.Timeline.Any(e => e.Status == OrderStatus.Delivered))
            throw new InvalidTransitionException("order", EnumCode<OrderStatus>.ToCode(order.Status), "reviewed");
        if (rating is < 1 or > 5) throw new DomainRuleException("invalid_rating", "A rating is 1 to 5.");
        var review = new Review
        {
            OrderId = order.Id,
            BuyerId = order.BuyerId,
            GrowerId = order.GrowerId,
            Rating = rating,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
            CreatedAt = now,
        };
        review.Raise(new ReviewCreated(review.Id, order.GrowerId, rating, now));
        return review;
    }
}

public sealed record ReviewCreated(Guid ReviewId, Guid GrowerId, int Rating, DateTimeOffset OccurredAt) : IDomainEvent;
