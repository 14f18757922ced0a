using Marketplace.Application.Users;
using Marketplace.Domain.Orders;
using Marketplace.Domain.Users;

namespace Marketplace.Application.Orders;

/// <summary>What placing an order and checking out a cart both decide the same way: where it goes and who is paid.</summary>
public sealed class OrderPlacement(IMarketplaceDbContext db, IPaymentGateway payments)
{
    /// <summary>The delivery the buyer asked for; the address defaults to the buyer profile's. Not used for pickup.</summary>
    public static OrderDelivery Delivery(DeliveryMethod method, AddressBody? address, DateOnly? requestedDate, MarketplaceUser buyer) =>
        new(method, DeliveryAddress(method, address, buyer), requestedDate);

    private static Address? DeliveryAddress(DeliveryMethod method, AddressBody? body, MarketplaceUser buyer)
    {
        if (body is { } a)
            return new Address(a.Line1!.Trim(), a.Line2?.Trim(), a.City!.Trim(), a.State!.Trim(), a.PostalCode!.Trim(), a.Latitude, a.Longitude);
        if (method == DeliveryMethod.Pickup) return null;
        return buyer.BuyerProfile?.DeliveryAddress
            ?? throw new BadRequestException("delivery_address_required",
                "Give a deliveryAddress or set one on your buyer profile.", "deliveryAddress");
    }

    /// <summary>The grower's connected account, when the provider pays growers through one; it must take charges.</summary>
    public async Task<string?> DestinationAsync(Guid growerId, CancellationToken cancellationToken)
    {
        if (!payments.UsesConnectedAccounts) return null;
        var account = await db.Users.AsNoTracking().Where(u => u.Id == growerId && u.GrowerProfile != null)
            .Select(u => new { u.GrowerProfile!.PaymentAccountId, u.GrowerProfile.ChargesEnabled }).FirstOrDefaultAsync(cancellationToken);
        return account is { PaymentAccountId: { } id, ChargesEnabled: true }
            ? id
            : throw new DomainRuleException("grower_cannot_accept_payments", "This grower cannot take payments yet; their payout account is not ready.");
    }
}
