using Marketplace.Application.Common.Events;
using Marketplace.Domain.Orders;
using Marketplace.Domain.Users;
using static Marketplace.Application.Notifications.EmailTemplates;

namespace Marketplace.Application.Notifications;

/// <summary>
/// Turns integration events into emails, after the request that caused them has finished. Each event is
/// handled once (inbox, saved by the outbox dispatcher after the handler returns); a failed send throws, and the outbox delivers the event again later.
/// </summary>
public sealed class EmailNotifications(IMarketplaceDbContext db, IInbox inbox, IEmailSender email, EmailLinks links) : IIntegrationEventHandler
{
    public string Name => "email";

    public async Task HandleAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var messages = await ComposeAsync(integrationEvent, cancellationToken);
        if (messages.Count == 0 || !await inbox.TryStartAsync(Name, integrationEvent.Id.ToString(), cancellationToken)) return;
        // The inbox row is saved by the dispatcher once this returns, so a failed send leaves the event to be delivered again.
        foreach (var message in messages) await email.SendAsync(message, cancellationToken);
    }

    private async Task<List<EmailMessage>> ComposeAsync(IntegrationEvent e, CancellationToken ct) => e.ReadData() switch
    {
        Contracts.OrderSnapshot changed => await ForOrderAsync(changed.OrderId, changed, ct),
        Contracts.OrderGroupSnapshot group => await ForGroupAsync(group, ct),
        Contracts.OrderCancelled cancelled => await ForOrderAsync(cancelled.Order.OrderId, cancelled, ct),
        Contracts.OrderRefunded refunded => await ForOrderAsync(refunded.Order.OrderId, refunded, ct),
        Contracts.InventoryLowStock low => await ToUserAsync(low.GrowerId, u =>
            Build(u.Email!, u.DisplayName, $"Low stock: {low.Title}", "One of your listings is running low",
                [$"{low.Title}: {low.Available:0.###} left (threshold {low.Threshold:0.###})."], $"{links.AppBaseUrl}/listings/{low.ListingId}"), ct),
        Contracts.ReviewCreated review => await ToUserAsync(review.GrowerId, u =>
            Build(u.Email!, u.DisplayName, $"New {review.Rating}-star review", "A buyer reviewed an order",
                [$"Rating: {review.Rating} of 5"], $"{links.AppBaseUrl}/growers/{u.Id}/reviews"), ct),
        Contracts.UserProfileCreated created => await ToUserAsync(created.UserId, u =>
            Build(u.Email!, u.DisplayName, "Welcome to the VibeLux Marketplace", "Your marketplace profile is ready",
                [u.GrowerProfile is not null && created.Profile == "grower"
                    ? $"{u.GrowerProfile.FarmName} can now list produce for restaurants, grocers and distributors."
                    : "You can now order fresh produce straight from controlled-environment growers."],
                links.AppBaseUrl), ct),
        _ => [],
    };

    private async Task<List<EmailMessage>> ForOrderAsync(Guid orderId, Contracts.IIntegrationEventData data, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == orderId, ct);
        return order is null ? [] : await ForOrderAsync(data, order, ct);
    }

    private async Task<List<EmailMessage>> ForOrderAsync(Contracts.IIntegrationEventData data, Order order, CancellationToken ct)
    {
        var ids = new[] { order.BuyerId, order.GrowerId };
        var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var buyer = people.GetValueOrDefault(order.BuyerId);
        var grower = people.GetValueOrDefault(order.GrowerId);
        var link = $"{links.AppBaseUrl}/orders/{order.Id}";
        var n = order.Number;
        var mail = new List<EmailMessage?>();
        switch (data)
        {
            // The buyer of a checkout hears about its orders together, once for the group (ForGroupAsync).
            case Contracts.OrderPlaced when order.OrderGroupId is null:
                mail.Add(To(buyer, $"Order {n} placed", "We have your order", OrderLines(order), link));
                break;
            case Contracts.OrderPaid:
                if (order.OrderGroupId is null) mail.Add(To(buyer, $"Payment received for {n}", "Your payment went through", OrderLines(order), link));
                mail.Add(To(grower, $"New order {n}: confirm within 24 hours", "You have a new paid order",
                    [.. OrderLines(order), $"Your payout after the platform fee: {Money(order.GrowerPayout, order.Currency)}", "Please confirm within 24 hours."], link));
                break;
            case Contracts.OrderConfirmed:
                mail.Add(To(buyer, $"Order {n} confirmed", "The grower confirmed your order", OrderLines(order), link));
                break;
            case Contracts.OrderShipped:
                mail.Add(To(buyer, $"Order {n} is on its way", "Your order has shipped", OrderLines(order), link));
                break;
            case Contracts.OrderDelivered:
                mail.Add(To(buyer, $"Order {n} delivered: how was it?", "Your order was delivered",
                    [.. OrderLines(order), "Tell other buyers how it was."], $"{link}/review"));
                break;
            case Contracts.OrderCancelled { Reason: var reason }:
                mail.Add(To(buyer, $"Order {n} cancelled", "Your order was cancelled", [$"Reason: {reason}", .. RefundLine(order)], link));
                mail.Add(To(grower, $"Order {n} cancelled", "An order was cancelled", [$"Reason: {reason}", .. OrderLines(order)], link));
                break;
            case Contracts.OrderRefunded { Amount.Amount: var amount }:
                mail.Add(To(buyer, $"Refund for {n}", "You have been refunded", [$"Refunded: {Money(amount, order.Currency)}"], link));
                break;
        }
        return mail.OfType<EmailMessage>().ToList();
    }

    /// <summary>One email to the buyer for a checkout, naming each grower's order.</summary>
    private async Task<List<EmailMessage>> ForGroupAsync(Contracts.OrderGroupSnapshot group, CancellationToken ct)
    {
        var buyer = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == group.BuyerId, ct);
        var orders = await db.Orders.AsNoTracking().Where(o => o.OrderGroupId == group.GroupId).OrderBy(o => o.Sequence).ToListAsync(ct);
        var growerIds = orders.Select(o => o.GrowerId).ToList();
        var farms = await db.Users.AsNoTracking().Where(u => growerIds.Contains(u.Id) && u.GrowerProfile != null)
            .ToDictionaryAsync(u => u.Id, u => u.GrowerProfile!.FarmName, ct);
        var lines = orders.Select(o => $"{o.Number} from {farms.GetValueOrDefault(o.GrowerId, "a grower")}: {Money(o.Total, o.Currency)}").ToList();
        lines.Add($"Total: {Money(group.Total.Amount, group.Total.Currency)}");
        var link = $"{links.AppBaseUrl}/order-groups/{group.GroupId}";
        var message = group is Contracts.OrderGroupPaid
            ? To(buyer, $"Payment received for your {orders.Count} orders", "Your payment went through", lines, link)
            : To(buyer, $"{orders.Count} orders placed", "We have your orders", lines, link);
        return message is null ? [] : [message];
    }

    private static List<string> RefundLine(Order order) =>
        order.AmountRefunded > 0 ? [$"Refunded: {Money(order.AmountRefunded, order.Currency)}"] : [];

    private static EmailMessage? To(MarketplaceUser? user, string subject, string heading, IReadOnlyList<string> lines, string link) =>
        user?.Email is { Length: > 0 } address ? Build(address, user.DisplayName, subject, heading, lines, link) : null;

    private async Task<List<EmailMessage>> ToUserAsync(Guid userId, Func<MarketplaceUser, EmailMessage> compose, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct);
        return user?.Email is { Length: > 0 } ? [compose(user)] : [];
    }
}
