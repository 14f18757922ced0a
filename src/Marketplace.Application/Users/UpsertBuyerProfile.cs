using FluentValidation;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Users;
using Mediator;

namespace Marketplace.Application.Users;

/// <summary>Creates or replaces the caller's buyer profile (business and default delivery address).</summary>
public sealed record UpsertBuyerProfileCommand(string? BusinessName, BusinessType? BusinessType, AddressBody? DeliveryAddress)
    : ICommand<UserResponse>;

public sealed record AddressBody(string? Line1, string? Line2, string? City, string? State, string? PostalCode, double? Latitude, double? Longitude);

public sealed class UpsertBuyerProfileValidator : AbstractValidator<UpsertBuyerProfileCommand>
{
    public UpsertBuyerProfileValidator()
    {
        RuleFor(c => c.BusinessName).NotEmpty().MaximumLength(120);
        RuleFor(c => c.BusinessType).NotNull().IsInEnum();
        RuleFor(c => c.DeliveryAddress).NotNull().SetValidator(new AddressValidator()!);
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
        users.RequireRole(Roles.Buyer);
        var user = await users.GetOrCreateCallerAsync(cancellationToken);
        var a = command.DeliveryAddress!;
        var address = new Address(a.Line1!.Trim(), a.Line2?.Trim(), a.City!.Trim(), a.State!.Trim(), a.PostalCode!.Trim(), a.Latitude, a.Longitude);
        user.SetBuyerProfile(new BuyerProfile(command.BusinessName!.Trim(), command.BusinessType!.Value, address), clock.GetUtcNow());
        return user.ToResponse(users.Current.Roles);
    }
}
