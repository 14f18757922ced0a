using Marketplace.Domain.Users;

namespace Marketplace.Application.Users;

/// <summary>Creates or replaces the caller's buyer profile (business and default delivery address).</summary>
/// <param name="BusinessName">The business's name as growers see it (1–120 characters).</param>
/// <param name="BusinessType">What kind of business it is.</param>
/// <param name="DeliveryAddress">The default address orders are delivered to.</param>
/// <param name="Phone">A mobile number in E.164 form (`+14155550123`) for text messages about orders; omit to have none.</param>
/// <param name="SmsOptIn">Text this number when an order is confirmed, shipped or delivered (default false; needs `phone`).</param>
[AuthorizeRequest(Roles.Buyer)]
public sealed record UpsertBuyerProfileCommand(
    string? BusinessName, BusinessType? BusinessType, AddressBody? DeliveryAddress, string? Phone = null, bool? SmsOptIn = null)
    : ICommand<UserResponse>;

/// <summary>A street address produce is delivered to; give latitude and longitude together or not at all.</summary>
/// <param name="Line1">Street and number (1–200 characters).</param>
/// <param name="Line2">Suite, dock or floor, if any.</param>
/// <param name="City">City.</param>
/// <param name="State">State or region code, e.g. `CA`.</param>
/// <param name="PostalCode">Postal or ZIP code.</param>
/// <param name="Latitude">Latitude in degrees (-90 to 90); growers check their delivery radius against it.</param>
/// <param name="Longitude">Longitude in degrees (-180 to 180).</param>
public sealed record AddressBody(string? Line1, string? Line2, string? City, string? State, string? PostalCode, double? Latitude, double? Longitude);

public sealed class UpsertBuyerProfileValidator : AbstractValidator<UpsertBuyerProfileCommand>
{
    public UpsertBuyerProfileValidator()
    {
        RuleFor(c => c.BusinessName).NotEmpty().MaximumLength(120);
        RuleFor(c => c.BusinessType).NotNull().IsInEnum();
        RuleFor(c => c.DeliveryAddress).NotNull().SetValidator(new AddressValidator()!);
        RuleFor(c => c.Phone).SmsPhone();
        RuleFor(c => c.SmsOptIn).SmsOptIn(c => c.Phone);
    }
}

public sealed class AddressValidator : AbstractValidator<AddressBody>
{
    public AddressValidator()
    {
        RuleFor(a => a.Line1).NotEmpty().MaximumLength(200);
        RuleFor(a => a.Line2).MaximumLength(200);
        RuleFor(a => a.City).NotEmpty().MaximumLength(100);
        RuleFor(a => a.State).NotEmpty().MaximumLength(50);
        RuleFor(a => a.PostalCode).NotEmpty().MaximumLength(20);
        RuleFor(a => a.Latitude).InclusiveBetween(-90, 90);
        RuleFor(a => a.Longitude).InclusiveBetween(-180, 180);
        RuleFor(a => a.Longitude).NotNull().When(a => a.Latitude is not null).WithMessage("Give latitude and longitude together.");
        RuleFor(a => a.Latitude).NotNull().When(a => a.Longitude is not null).WithMessage("Give latitude and longitude together.");
    }
}

public sealed class UpsertBuyerProfileHandler(UserDirectory users, TimeProvider clock)
    : ICommandHandler<UpsertBuyerProfileCommand, UserResponse>
{
    public async ValueTask<UserResponse> Handle(UpsertBuyerProfileCommand command, CancellationToken cancellationToken)
    {
        var user = await users.GetCallerAsync(cancellationToken);
        var a = command.DeliveryAddress!;
        var address = new Address(a.Line1!.Trim(), a.Line2?.Trim(), a.City!.Trim(), a.State!.Trim(), a.PostalCode!.Trim(), a.Latitude, a.Longitude);
        user.SetBuyerProfile(new BuyerProfile(command.BusinessName!.Trim(), command.BusinessType!.Value, address,
            SmsContact.Of(command.Phone, command.SmsOptIn ?? false)), clock.GetUtcNow());
        return user.ToResponse(users.Current.Roles);
    }
}
