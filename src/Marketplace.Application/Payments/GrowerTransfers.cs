using Marketplace.Application.Common.Events;

namespace Marketplace.Application.Payments;

/// <summary>
/// Pays each grower of a checkout its share once the group's payment succeeded: one transfer per paid order, from the
/// group's charge (<c>source_transaction</c>), under the key <c>transfer-{orderId}</c>. It runs from the outbox, so a
/// transfer the provider refuses (a restricted account, an outage) is tried again later and shows on
/// <c>GET /admin/outbox</c>; the buyer's payment is never undone by it. The transfer id is saved with the delivery.
/// </summary>
public sealed class GrowerTransfers(IMarketplaceDbContext db, IPaymentGateway payments) : IIntegrationEventHandler
{
    public string Name => "transfers";

    public async Task HandleAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (integrationEvent.ReadData() is not Contracts.OrderPaid paid) return;
        var order = await db.Orders.FirstOrDefaultAsync(o => o.Id == paid.OrderId, cancellationToken);
        // A one-grower order is a destination charge (Stripe moves the payout itself); a transfer made is never made again.
        if (order is not { OrderGroupId: { } groupId } || !order.AwaitsTransfer) return;
        var group = await db.OrderGroups.AsNoTracking().FirstAsync(g => g.Id == groupId, cancellationToken);
        var charge = group.ChargeReference
            ?? throw new InvalidOperationException($"The charge of order group {groupId} is not known yet; the transfer of order {order.Number} waits for it.");
        var reference = await payments.CreateTransferAsync(new TransferRequest(order.Id, order.TransferDue, order.Currency,
            await DestinationAsync(order.GrowerId, cancellationToken), group.TransferGroup, charge, $"transfer-{order.Id}",
            new Dictionary<string, string> { ["order_id"] = order.Id.ToString(), ["order_group_id"] = groupId.ToString() }), cancellationToken);
        order.RecordTransfer(reference);
    }

    private async Task<string?> DestinationAsync(Guid growerId, CancellationToken cancellationToken)
    {
        if (!payments.UsesConnectedAccounts) return null;
        var account = await db.Users.AsNoTracking().Where(u => u.Id == growerId && u.GrowerProfile != null)
            .Select(u => u.GrowerProfile!.PaymentAccountId).FirstOrDefaultAsync(cancellationToken);
        return account ?? throw new InvalidOperationException($"Grower {growerId} has no payout account; the transfer waits for one.");
    }
}
