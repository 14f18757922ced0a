using FluentValidation;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Events;
using Marketplace.Application.Common.Paging;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Users;
using Marketplace.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Admin;

public sealed record OutboxMessageResponse(Guid Id, string Type, Guid AggregateId, DateTimeOffset OccurredAt, OutboxStatus Status,
    int Attempts, DateTimeOffset NextAttemptAt, string? LastError, DateTimeOffset? DeliveredAt);

/// <summary>Admin: outgoing events by status (e.g. <c>dead</c> ones that exhausted their attempts), newest first.</summary>
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

public sealed class ListOutboxHandler(IMarketplaceDbContext db, UserDirectory users, CursorCodec cursors) : IQueryHandler<ListOutboxQuery, Page<OutboxMessageResponse>>
{
    private const string Sort = "outbox";

    public async ValueTask<Page<OutboxMessageResponse>> Handle(ListOutboxQuery query, CancellationToken cancellationToken)
    {
        users.RequireRole(Roles.Admin);
        var cursor = await cursors.DecodeAsync(query.Cursor, Sort, cancellationToken);
        var limit = query.Limit ?? 50;
        var messages = db.OutboxMessages.AsNoTracking();
        if (query.Status is not null)
        {
            var status = EnumCode<OutboxStatus>.Parse(query.Status);
            messages = messages.Where(m => m.Status == status);
        }
        if (cursor is not null)
        {
            var at = cursor.KeyAsInstant();
            var id = cursor.Id;
            messages = messages.Where(m => m.OccurredAt < at || (m.OccurredAt == at && m.Id.CompareTo(id) < 0));
        }
        var rows = await messages.OrderByDescending(m => m.OccurredAt).ThenByDescending(m => m.Id).Take(limit + 1)
            .Select(m => new OutboxMessageResponse(m.Id, m.Type, m.AggregateId, m.OccurredAt, m.Status, m.Attempts, m.NextAttemptAt, m.LastError, m.DeliveredAt))
            .ToListAsync(cancellationToken);
        var page = rows.Take(limit).ToList();
        var next = rows.Count > limit ? await cursors.EncodeAsync(Cursor.For(Sort, page[^1].OccurredAt.UtcTicks, page[^1].Id), cancellationToken) : null;
        return new Page<OutboxMessageResponse>(page, next);
    }
}

/// <summary>Admin: gives a dead event a fresh set of attempts, starting now.</summary>
public sealed record RetryOutboxMessageCommand(Guid Id) : ICommand<OutboxMessageResponse>;

public sealed class RetryOutboxMessageValidator : AbstractValidator<RetryOutboxMessageCommand>
{
    public RetryOutboxMessageValidator() => RuleFor(c => c.Id).NotEmpty();
}

public sealed class RetryOutboxMessageHandler(IMarketplaceDbContext db, UserDirectory users, TimeProvider clock)
    : ICommandHandler<RetryOutboxMessageCommand, OutboxMessageResponse>
{
    public async ValueTask<OutboxMessageResponse> Handle(RetryOutboxMessageCommand command, CancellationToken cancellationToken)
    {
        users.RequireRole(Roles.Admin);
        var message = await db.OutboxMessages.FirstOrDefaultAsync(m => m.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("Outbox message", command.Id);
        if (message.Status != OutboxStatus.Dead)
            throw new DomainRuleException("invalid_transition", $"Only dead messages are retried; this one is {EnumCode<OutboxStatus>.ToCode(message.Status)}.");
        message.Status = OutboxStatus.Pending;
        message.Attempts = 0;
        message.LastError = null;
        message.NextAttemptAt = clock.GetUtcNow();
        return new OutboxMessageResponse(message.Id, message.Type, message.AggregateId, message.OccurredAt, message.Status,
            message.Attempts, message.NextAttemptAt, message.LastError, message.DeliveredAt);
    }
}
