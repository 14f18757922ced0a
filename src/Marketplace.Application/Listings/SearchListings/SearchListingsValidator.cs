using Marketplace.Domain.Listings;

namespace Marketplace.Application.Listings.SearchListings;

public sealed class SearchListingsValidator : AbstractValidator<SearchListingsQuery>
{
    public SearchListingsValidator()
    {
        RuleFor(q => q.Q).MaximumLength(200);
        RuleFor(q => q.Category).Must(v => v is null || v.Length <= 20).WithMessage("At most 20 values.");
        RuleForEach(q => q.Category).Must(EnumCode<Category>.All.Contains)
            .WithMessage($"Must be one of: {string.Join(", ", EnumCode<Category>.All)}.");
        RuleFor(q => q.GrowingMethod).Must(v => v is null || v.Length <= 20).WithMessage("At most 20 values.");
        RuleForEach(q => q.GrowingMethod).Must(EnumCode<GrowingMethod>.All.Contains)
            .WithMessage($"Must be one of: {string.Join(", ", EnumCode<GrowingMethod>.All)}.");
        RuleFor(q => q.Certification).Must(v => v is null || v.Length <= 20).WithMessage("At most 20 values.");
        RuleForEach(q => q.Certification).NotEmpty().Matches(CommonRules.CodePattern).WithMessage("Use a lower-case code such as 'usda-organic'.");
        RuleFor(q => q.Grade).Must(EnumCode<Grade>.All.Contains!).When(q => q.Grade is not null)
            .WithMessage($"Must be one of: {string.Join(", ", EnumCode<Grade>.All)}.");
        RuleFor(q => q.MinPrice).GreaterThanOrEqualTo(0);
        RuleFor(q => q.MaxPrice).GreaterThanOrEqualTo(0)
            .GreaterThanOrEqualTo(q => q.MinPrice ?? 0).WithMessage("Must not be below minPrice.");
        RuleFor(q => q.Delivery).Must(d => d is null || DeliveryOptionCodes.TryParse(d, out _)).WithMessage("Must be 'pickup' or 'delivery'.");
        RuleFor(q => q.Near).Must(n => GeoPoint.TryParse(n, out _)).When(q => q.Near is not null)
            .WithMessage("Use 'latitude,longitude' in decimal degrees, e.g. '36.67,-121.65'.");
        RuleFor(q => q.RadiusMiles).GreaterThan(0).LessThanOrEqualTo(3000);
        RuleFor(q => q.RadiusMiles).Null().When(q => q.Near is null).WithMessage("radiusMiles needs near.");
        RuleFor(q => q.Sort).Must(s => BoardSorts.TryParse(s, out _)).When(q => q.Sort is not null)
            .WithMessage($"Must be one of: {string.Join(", ", BoardSorts.Codes)}.");
        RuleFor(q => q.Sort).Must(s => !BoardSorts.TryParse(s, out var sort) || sort != BoardSort.Distance).When(q => q.Near is null).WithMessage("Sorting by distance needs near.");
        RuleFor(q => q.Limit).InclusiveBetween(1, 100);
    }
}
