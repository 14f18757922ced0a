using Marketplace.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Persistence.Moving;

/// <summary>
/// After a copy the target's order numbers continue after the highest copied one. PostgreSQL and SQL Server draw
/// them from a sequence, which copying rows does not advance; SQLite takes MAX + 1 and needs nothing.
/// </summary>
internal static class OrderNumberSequence
{
    public static async Task ContinueAsync(MarketplaceDbContext target, CancellationToken cancellationToken)
    {
        // Names come from the model and the number from the database: nothing here is input.
#pragma warning disable EF1002
        var orders = target.Model.FindEntityType(typeof(Order))!;
        var table = orders.GetTableName()!;
        var column = orders.FindProperty(nameof(Order.Sequence))!.GetColumnName();
        var next = await target.Database
            .SqlQueryRaw<long>($"SELECT COALESCE(MAX(\"{column}\"), 0) + 1 AS \"Value\" FROM \"{table}\"")
            .SingleAsync(cancellationToken);
        switch (target)
        {
            case PostgresMarketplaceDbContext:
                await target.Database.ExecuteSqlRawAsync(
                    $"SELECT setval('{MarketplaceDbContext.OrderNumberSequence}', {next}, false)", cancellationToken);
                break;
            case SqlServerMarketplaceDbContext:
                await target.Database.ExecuteSqlRawAsync(
                    $"ALTER SEQUENCE {MarketplaceDbContext.OrderNumberSequence} RESTART WITH {next}", cancellationToken);
                break;
        }
#pragma warning restore EF1002
    }
}
