namespace Marketplace.Domain.Common;

/// <summary>An aggregate root: identity plus the domain events raised since it was loaded.</summary>
public abstract class Entity
{
    private readonly List<IDomainEvent> _domainEvents = [];

    public Guid Id { get; protected init; } = Guid.CreateVersion7();

    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents;

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    public void ClearDomainEvents() => _domainEvents.Clear();
}

/// <summary>Something that happened in the domain; the outbox turns these into integration events.</summary>
public interface IDomainEvent
{
    DateTimeOffset OccurredAt { get; }
}
