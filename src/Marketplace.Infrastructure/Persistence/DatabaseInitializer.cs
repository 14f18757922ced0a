using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marketplace.Infrastructure.Persistence;

/// <summary>Brings the schema up to date at start-up: always for embedded SQLite, on request for server databases.</summary>
public sealed class DatabaseInitializer(MarketplaceDbContext db, IOptions<DatabaseOptions> options)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Provider == DatabaseProvider.Sqlite)
        {
            await db.Database.MigrateAsync(cancellationToken);
            // Readers keep reading while a writer commits.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        else if (options.Value.MigrateOnStartup)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        if (options.Value.Provider == DatabaseProvider.Sqlite || options.Value.MigrateOnStartup)
            await Search.SearchTermsWriter.BackfillAsync(db, cancellationToken);
    }
}
