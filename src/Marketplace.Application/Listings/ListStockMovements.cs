using Marketplace.Application.Common.Paging;
using Marketplace.Domain.Listings;

namespace Marketplace.Application.Listings;

/// <summary>The listing's stock ledger, newest first, for its grower.</summary>
[AuthorizeRequest(Roles.Grower)]
public sealed record ListStockMovementsQuery(Guid ListingId, string? Cursor, int? Limit) : IQuery<Page<StockMovementResponse>>;

/// <summary>One line of a listing's stock ledger.</summary>
/// <param name="Id">The ledger line's id.</param>
/// <param name="Sequence">Position in the listing's ledger, counting from 1.</param>
/// <param name="Kind">Why stock moved.</param>
/// <param name="Quantity">Units moved: positive in, negative out of on-hand or reserved stock.</param>
/// <param name="OnHandAfter">Units on hand after this line.</param>
/// <param name="ReservedAfter">Units held for open orders after this line.</param>
/// <param name="OrderId">The order that moved the stock, if any.</param>
/// <param name="Reason">The grower's reason for a received or adjusted line.</param>
/// <param name="By">The user who caused it.</param>
/// <param name="At">When it happened (UTC).</param>
public sealed record StockMovementResponse(
    Guid Id, int Sequence, StockMovementKind Kind, decimal Quantity, decimal OnHandAfter, decimal ReservedAfter,
    Guid? OrderId, string? Reason, Guid By, DateTimeOffset At);

public sealed class ListStockMovementsValidator : AbstractValidator<ListStockMovementsQuery>
{
    public ListStockMovementsValidator() => RuleFor(q => q.Limit).InclusiveBetween(1, 100);
}

public sealed class ListStockMovementsHandler(IMarketplaceDbContext db, ListingAccess access, CursorCodec cursors)
    : IQueryHandler<ListStockMovementsQuery, Page<StockMovementResponse>>
{
    private const string Sort = "ledger";

    public async ValueTask<Page<StockMovementResponse>> Handle(ListStockMovementsQuery query, CancellationToken cancellationToken)
    {
        await access.LoadOwnedAsync(query.ListingId, cancellationToken);
        var cursor = await cursors.DecodeAsync(query.Cursor, Sort, cancellationToken);
        var limit = query.Limit ?? 50;

        var movements = db.StockMovements.AsNoTracking().Where(m => m.ListingId == query.ListingId);
        if (cursor is not null)
        {
            var after = cursor.KeyAsPosition();
            movements = movements.Where(m => m.Sequence < after);
        }
        var rows = await movements
            .OrderByDescending(m => m.Sequence)
            .Take(limit + 1)
            .Select(m => new StockMovementResponse(m.Id, m.Sequence, m.Kind, m.Quantity, m.OnHandAfter, m.ReservedAfter, m.OrderId, m.Reason, m.By, m.At))
            .ToListAsync(cancellationToken);

        var next = rows.Count > limit ? await cursors.EncodeAsync(Cursor.For(Sort, rows[limit - 1].Sequence, rows[limit - 1].Id), cancellationToken) : null;
        return new Page<StockMovementResponse>(rows.Take(limit).ToList(), next);
    }
}
