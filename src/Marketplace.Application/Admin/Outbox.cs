using FluentValidation;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Events;
using Marketplace.Application.Common.Paging;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Users;
using Marketplace.Domain.Common;
using Mediator;

namespace Marketplace.Application.Admin;

/// <summary>One consumer's progress with one message.</summary>
/// <param name="Consumer">The consumer handling it (email, search index, message broker).</param>
/// <param name="Status">Where this consumer is with the message.</param>
/// <param name="Attempts">Delivery attempts so far.</param>
/// <param name="NextAttemptAt">When the next attempt is due (UTC).</param>
/// <param name="LastError">Why the last attempt failed.</param>
/// <param name="DeliveredAt">When this consumer handled it (UTC).</param>
public sealed record OutboxDeliveryResponse(string Consumer, OutboxStatus Status, int Attempts, DateTimeOffset NextAttemptAt, string? LastError,
    DateTimeOffset? DeliveredAt);

/// <summary>
/// A message and, in <c>deliveries</c>, each consumer's state. The top-level figures summarise them: status dead if any
/// consumer gave up, pending while any still waits; attempts and lastError of the consumer that failed most.
/// </summary>
/// <param name="Id">The event id.</param>
/// <param name="Type">The integration event's type, e.g. `order.placed`.</param>
/// <param name="AggregateId">The listing, order or user the event is about.</param>
/// <param name="OccurredAt">When it happened (UTC).</param>
/// <param name="Status">`dead` if any consumer gave up, `pending` while any waits, else `delivered`.</param>
/// <param name="Attempts">Attempts of the consumer that failed most.</param>
/// <param name="NextAttemptAt">When the next attempt is due (UTC).</param>
/// <param name="LastError">The last error of the consumer that failed most.</param>
/// <param name="DeliveredAt">When the last consumer handled it (UTC).</param>
/// <param name="Deliveries">Each consumer's state.</param>
public sealed record OutboxMessageResponse(Guid Id, string Type, Guid AggregateId, DateTimeOffset OccurredAt, OutboxStatus Status,
    int Attempts, DateTimeOffset NextAttemptAt, string? LastError, DateTimeOffset? DeliveredAt, IReadOnlyList<OutboxDeliveryResponse> Deliveries);

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

/// <summary>Admin: gives every consumer that gave up on an event a fresh set of attempts, starting now.</summary>
[AuthorizeRequest(Roles.Admin)]
public sealed record RetryOutboxMessageCommand(Guid Id) : ICommand<OutboxMessageResponse>;

public sealed class RetryOutboxMessageValidator : AbstractValidator<RetryOutboxMessageCommand>
{
    public RetryOutboxMessageValidator() => RuleFor(c => c.Id).NotEmpty();
}

public sealed class RetryOutboxMessageHandler(IOutboxAdmin outbox, TimeProvider clock)
    : ICommandHandler<RetryOutboxMessageCommand, OutboxMessageResponse>
{
    public async ValueTask<OutboxMessageResponse> Handle(RetryOutboxMessageCommand command, CancellationToken cancellationToken)
    {
        var (retried, message) = await outbox.RetryAsync(command.Id, clock.GetUtcNow(), cancellationToken)
            ?? throw new NotFoundException("Outbox message", command.Id);
        if (retried == 0)
            throw new DomainRuleException("invalid_transition",
                $"Only dead messages are retried; this one is {EnumCode<OutboxStatus>.ToCode(message.Status)}.");
        return message;
    }
}
