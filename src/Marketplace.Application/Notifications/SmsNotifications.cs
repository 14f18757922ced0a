using Marketplace.Application.Common.Events;
using Marketplace.Domain.Orders;
using Marketplace.Domain.Users;
using static Marketplace.Application.Notifications.EmailTemplates;

namespace Marketplace.Application.Notifications;

/// <summary>
/// Texts the steps a person waits on (API.md §Notifications), after the request that caused them has finished, and only
/// to a profile that opted in: the buyer when an order is confirmed, shipped or delivered; the grower when a paid order
/// arrives. Handled once per event (inbox); a failed send throws and the outbox delivers the event again, except a
/// number the provider refused, which is recorded as dead at once (ADR 50).
/// </summary>
public sealed class SmsNotifications(IMarketplaceDbContext db, IInbox inbox, ISmsSender sms, EmailLinks links) : IIntegrationEventHandler
{
    public string Name => "sms";

    public async Task HandleAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (integrationEvent.ReadData() is not Contracts.OrderSnapshot step || !Texted(step)) return;
        var order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == step.OrderId, cancellationToken);
        if (order is null) return;
        var message = await ComposeAsync(step, order, cancellationToken);
        if (message is null || !await inbox.TryStartAsync(Name, integrationEvent.Id.ToString(), cancellationToken)) return;
        await sms.SendAsync(message, cancellationToken);
    }

    private static bool Texted(Contracts.OrderSnapshot step) =>
        step is Contracts.OrderPaid or Contracts.OrderConfirmed or Contracts.OrderShipped or Contracts.OrderDelivered;

    private async Task<SmsMessage?> ComposeAsync(Contracts.OrderSnapshot step, Order order, CancellationToken ct)
    {
        var link = $"{links.AppBaseUrl}/orders/{order.Id}";
        var n = order.Number;
        if (step is Contracts.OrderPaid)
        {
            var grower = await UserAsync(order.GrowerId, ct);
            return To(grower?.GrowerProfile?.TextableNumber,
                $"VibeLux: new paid order {n}, {Money(order.Total, order.Currency)}. Please confirm within 24 hours: {link}");
        }
        var buyer = await UserAsync(order.BuyerId, ct);
        var farm = (await UserAsync(order.GrowerId, ct))?.GrowerProfile?.FarmName ?? "the grower";
        return To(buyer?.BuyerProfile?.TextableNumber, step switch
        {
            Contracts.OrderConfirmed => Fit($"VibeLux: {{0}} confirmed order {n}. {link}", farm),
            Contracts.OrderShipped => Fit($"VibeLux: order {n} from {{0}} is on its way. {link}", farm),
            _ => $"VibeLux: order {n} was delivered. How was it? {link}/review",
        });
    }

    private Task<MarketplaceUser?> UserAsync(Guid id, CancellationToken ct) =>
        db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);

    private static SmsMessage? To(string? number, string body) =>
        number is null || body.Length > SmsMessage.MaxLength ? null : new SmsMessage(number, body);

    /// <summary>The farm's name, shortened when the whole text would not fit in one segment.</summary>
    private static string Fit(string template, string farm)
    {
        var room = SmsMessage.MaxLength - (template.Length - 3);
        var name = farm.Length <= room ? farm : farm[..Math.Max(0, room - 1)].TrimEnd() + "…";
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, template, name);
    }
}
