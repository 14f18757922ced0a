using Marketplace.Domain.Listings;

namespace Marketplace.Application.Listings;

/// <summary>The rules every listing field follows, on create and on update.</summary>
public sealed class ListingBodyValidator : AbstractValidator<ListingFields>
{
    public const int MaxCertifications = 20;
    public const long MaxUnitPrice = 100_000_000;
    public const decimal MaxQuantity = 10_000_000;

    public ListingBodyValidator()
    {
        RuleFor(b => b.Title).NotEmpty().MaximumLength(120);
        RuleFor(b => b.Category).NotNull().IsInEnum();
        RuleFor(b => b.ProductType).NotEmpty().MaximumLength(60);
        RuleFor(b => b.Variety).MaximumLength(60);
        RuleFor(b => b.Description).MaximumLength(4000);
        RuleFor(b => b.GrowingMethod).NotNull().IsInEnum();
        RuleFor(b => b.Grade).NotNull().IsInEnum();
        RuleFor(b => b.Unit).NotNull().IsInEnum();
        RuleFor(b => b.Certifications).Must(c => c is null || c.Count <= MaxCertifications)
            .WithMessage($"At most {MaxCertifications} certifications.");
        RuleForEach(b => b.Certifications).NotEmpty().Matches(CommonRules.CodePattern)
            .WithMessage("Use a lower-case code such as 'usda-organic'.");

        RuleFor(b => b.UnitPrice).NotNull().SetValidator(new MoneyValidator(minimum: 1, MaxUnitPrice)!);
        RuleFor(b => b.BulkDiscounts).Must(d => d is null || d.Count <= 10).WithMessage("At most 10 bulk discount tiers.")
            .Must(d => d is null || d.Where(x => x is not null).Select(x => x.MinQuantity).Distinct().Count() == d.Count(x => x is not null))
            .WithMessage("Each tier needs its own minQuantity.");
        RuleForEach(b => b.BulkDiscounts).NotNull().ChildRules(tier =>
        {
            tier.RuleFor(t => t.MinQuantity).GreaterThan(0).LessThanOrEqualTo(MaxQuantity);
            tier.RuleFor(t => t.PercentOff).GreaterThan(0).LessThan(100).PrecisionScale(5, 2, ignoreTrailingZeros: true);
        });

        RuleFor(b => b.MinimumOrderQuantity).GreaterThan(0).LessThanOrEqualTo(MaxQuantity)
            .PrecisionScale(18, 3, ignoreTrailingZeros: true);
        RuleFor(b => b.LowStockThreshold).GreaterThanOrEqualTo(0).LessThanOrEqualTo(MaxQuantity)
            .PrecisionScale(18, 3, ignoreTrailingZeros: true);

        RuleFor(b => b.HarvestDate).NotNull();
        RuleFor(b => b.AvailableUntil).GreaterThanOrEqualTo(b => b.AvailableFrom)
            .When(b => b.AvailableFrom is not null && b.AvailableUntil is not null)
            .WithMessage("Must not be before availableFrom.");
        RuleFor(b => b.ShelfLifeDays).InclusiveBetween(1, 365);

        RuleFor(b => b.Delivery).Must(d => d!.Pickup || d.Delivery).When(b => b.Delivery is not null)
            .WithMessage("Offer pickup, delivery or both.");
        RuleFor(b => b.Delivery!).ChildRules(delivery =>
        {
            delivery.RuleFor(d => d.RadiusMiles).NotNull().When(d => d.Delivery);
            delivery.RuleFor(d => d.RadiusMiles).GreaterThan(0).LessThanOrEqualTo(500);
            delivery.RuleFor(d => d.Fee!).SetValidator(new MoneyValidator(minimum: 0, MaxUnitPrice)).When(d => d.Fee is not null);
        }).When(b => b.Delivery is not null);
        RuleFor(b => b.Delivery!.Fee!.Currency).Equal(b => b.UnitPrice!.Currency)
            .When(b => b.Delivery?.Fee?.Currency is not null && b.UnitPrice?.Currency is not null)
            .OverridePropertyName("delivery.fee.currency")
            .WithMessage("Must be the unit price's currency.");

        RuleFor(b => b.Location).NotNull().SetValidator(new LocationValidator()!);
        RuleFor(b => b.Sustainability!).ChildRules(s =>
        {
            s.RuleFor(x => x.WaterUsageGalPerUnit).GreaterThanOrEqualTo(0);
            s.RuleFor(x => x.CarbonKgPerUnit).GreaterThanOrEqualTo(0);
        }).When(b => b.Sustainability is not null);
    }
}

public sealed class MoneyValidator : AbstractValidator<Money>
{
    public MoneyValidator(long minimum, long maximum)
    {
        RuleFor(m => m.Amount).GreaterThanOrEqualTo(minimum).LessThanOrEqualTo(maximum);
        RuleFor(m => m.Currency).NotEmpty().Matches("^[A-Z]{3}$").WithMessage("Use an ISO 4217 code such as 'USD'.");
    }
}

public sealed class LocationValidator : AbstractValidator<LocationDto>
{
    public LocationValidator()
    {
        RuleFor(l => l.City).NotEmpty().MaximumLength(100);
        RuleFor(l => l.State).NotEmpty().MaximumLength(50);
        RuleFor(l => l.PostalCode).NotEmpty().MaximumLength(20);
        RuleFor(l => l.Latitude).NotNull().InclusiveBetween(-90, 90);
        RuleFor(l => l.Longitude).NotNull().InclusiveBetween(-180, 180);
    }
}

public static class CommonRules
{
    /// <summary>Lower-case codes for free-form tags such as certifications.</summary>
    public const string CodePattern = "^[a-z0-9][a-z0-9-]{0,49}$";
}
