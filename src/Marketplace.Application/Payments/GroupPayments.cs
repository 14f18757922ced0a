using Marketplace.Domain.Orders;

namespace Marketplace.Application.Payments;

/// <summary>What the outcome of a group's one payment does: every order in the group gets it, as a one-grower order would.</summary>
public sealed class GroupPayments(IMarketplaceDbContext db, PaymentResults results, TimeProvider clock)
{
    /// <summary>The group's payment, when the event is about one (by its metadata or its payment reference).</summary>
    public async Task<OrderGroup?> FindAsync(Guid? groupId, string? paymentReference, CancellationToken cancellationToken)
    {
        if (groupId is { } id) return await db.OrderGroups.FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        return paymentReference is null ? null
            : await db.OrderGroups.FirstOrDefaultAsync(g => g.PaymentReference == paymentReference, cancellationToken);
    }

    public Task<List<Order>> OrdersOfAsync(Guid groupId, CancellationToken cancellationToken) =>
        db.Orders.Where(o => o.OrderGroupId == groupId).OrderBy(o => o.Sequence).ToListAsync(cancellationToken);

    /// <param name="chargeReference">The charge the payment made; each order's transfer is funded from it.</param>
    public async Task ApplyAsync(OrderGroup group, IReadOnlyList<Order> orders, bool succeeded, string? reference, string? chargeReference,
        string? note, CancellationToken cancellationToken)
    {
        foreach (var order in orders) await results.ApplyAsync(order, succeeded, reference, note, cancellationToken);
        if (succeeded) group.MarkPaid(chargeReference, clock.GetUtcNow());
        else group.MarkPaymentFailed();
    }
}
