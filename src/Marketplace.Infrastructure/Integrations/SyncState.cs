namespace Marketplace.Infrastructure.Integrations;

/// <summary>
/// Where a pull sync left off (e.g. the last <c>updatedAt</c> seen), kept in the database across restarts and instances.
/// An Infrastructure record: only the sync job reads or writes it.
/// </summary>
public sealed class SyncState
{
    public string Name { get; set; } = "";
    public DateTimeOffset? UpdatedSince { get; set; }
    public DateTimeOffset LastRunAt { get; set; }
}
