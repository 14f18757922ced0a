using Marketplace.Application.Common.Events;

namespace Marketplace.Application.Admin;

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
