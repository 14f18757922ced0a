using Marketplace.Application.Common.Events;
using Marketplace.Application.Common.Paging;

namespace Marketplace.Application.Admin;

/// <summary>Admin: outgoing events by status (e.g. <c>dead</c> ones that a consumer gave up on), newest first.</summary>
[AuthorizeRequest(Roles.Admin)]
public sealed record ListOutboxQuery(string? Status, string? Cursor, int? Limit) : IQuery<Page<OutboxMessageResponse>>;

public sealed class ListOutboxValidator : AbstractValidator<ListOutboxQuery>
{
    public ListOutboxValidator()
    {
        RuleFor(q => q.Status).Must(s => EnumCode<OutboxStatus>.TryParse(s, out _)).When(q => q.Status is not null)
            .WithMessage($"Must be one of: {string.Join(", ", EnumCode<OutboxStatus>.All)}.");
        RuleFor(q => q.Limit).InclusiveBetween(1, 100);
    }
}

public sealed class ListOutboxHandler(IOutboxAdmin outbox, CursorCodec cursors) : IQueryHandler<ListOutboxQuery, Page<OutboxMessageResponse>>
{
    private const string Sort = "outbox";

    public async ValueTask<Page<OutboxMessageResponse>> Handle(ListOutboxQuery query, CancellationToken cancellationToken)
    {
        var cursor = await cursors.DecodeAsync(query.Cursor, Sort, cancellationToken);
        var limit = query.Limit ?? 50;
        var status = query.Status is null ? (OutboxStatus?)null : EnumCode<OutboxStatus>.Parse(query.Status);
        var rows = await outbox.ListAsync(status, cursor?.KeyAsInstant(), cursor?.Id, limit + 1, cancellationToken);
        var page = rows.Take(limit).ToList();
        var next = rows.Count > limit ? await cursors.EncodeAsync(Cursor.For(Sort, page[^1].OccurredAt.UtcTicks, page[^1].Id), cancellationToken) : null;
        return new Page<OutboxMessageResponse>(page, next);
    }
}
