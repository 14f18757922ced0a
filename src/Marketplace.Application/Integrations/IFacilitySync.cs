namespace Marketplace.Application.Integrations;

/// <summary><c>Rejected</c>: facilities VibeLux sent that break the profile rules; they are skipped and logged, nothing of them stored.</summary>
/// <param name="Facilities">Facilities VibeLux sent.</param>
/// <param name="GrowersUpdated">Grower profiles whose facility changed.</param>
/// <param name="UpdatedSince">The point the next sync resumes from; null before the first.</param>
/// <param name="Rejected">Facilities skipped because they break the profile rules.</param>
public sealed record SyncResult(int Facilities, int GrowersUpdated, DateTimeOffset? UpdatedSince, int Rejected);

/// <summary>
/// The facility sync job: pulls VibeLux facilities page by page and saves each page with its cursor. It saves as
/// it goes, so it is a job implemented in Infrastructure, not a command's unit of work.
/// </summary>
public interface IFacilitySync
{
    Task<SyncResult> RunAsync(CancellationToken cancellationToken);
}
