using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Marketplace.Infrastructure.Persistence;

/// <summary>
/// Stores an instant as UTC ticks; every instant in the marketplace is UTC. Ticks are cut to whole microseconds,
/// PostgreSQL's precision, so that an instant reads back the same whichever provider stored it and survives a move
/// between them (docs/decisions/0049).
/// </summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks - v.UtcTicks % TicksPerMicrosecond,
    v => new DateTimeOffset(v, TimeSpan.Zero))
{
    private const long TicksPerMicrosecond = 10;
}
