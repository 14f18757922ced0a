using Marketplace.Domain.Listings;

namespace Marketplace.Domain.Users;

/// <summary>The grower's facility as VibeLux core describes it (imported, never edited here).</summary>
/// <param name="FacilityId">The facility's id in VibeLux core.</param>
/// <param name="Name">The facility's name.</param>
/// <param name="City">City of the facility.</param>
/// <param name="State">State or region of the facility.</param>
/// <param name="GrowRooms">The facility's grow rooms and what they grow.</param>
/// <param name="RenewableSharePercent">Share of the facility's energy that is renewable, in percent.</param>
/// <param name="KwhPerKg">Energy used per kg of produce, in kWh.</param>
/// <param name="ImportedAt">When the marketplace last imported these figures from VibeLux.</param>
public sealed record FacilityInfo(string FacilityId, string Name, string? City, string? State, IReadOnlyList<GrowRoom> GrowRooms,
    decimal? RenewableSharePercent, decimal? KwhPerKg, DateTimeOffset ImportedAt);

/// <summary>One grow room of a VibeLux facility.</summary>
/// <param name="Name">The room's name.</param>
/// <param name="AreaSqFt">Growing area in square feet.</param>
/// <param name="Crop">What the room grows now.</param>
public sealed record GrowRoom(string Name, decimal? AreaSqFt, string? Crop);

public sealed record GrowerProfileDetails(
    string FarmName,
    string? Description,
    string City,
    string State,
    string PostalCode,
    double? Latitude,
    double? Longitude,
    IReadOnlyList<GrowingMethod> GrowingMethods,
    IReadOnlyList<string> Certifications,
    int? FacilitySizeSqFt,
    SmsContact? Sms = null);

/// <summary>The selling side of a user. Rating figures are kept as exact sums, averaged on read.</summary>
public sealed class GrowerProfile
{
    private GrowerProfile() { }

    internal GrowerProfile(GrowerProfileDetails details) => Update(details);

    public string FarmName { get; private set; } = "";
    public string? Description { get; private set; }
    public string City { get; private set; } = "";
    public string State { get; private set; } = "";
    public string PostalCode { get; private set; } = "";
    public double? Latitude { get; private set; }
    public double? Longitude { get; private set; }
    public IReadOnlyList<GrowingMethod> GrowingMethods { get; private set; } = [];
    public IReadOnlyList<string> Certifications { get; private set; } = [];
    public int? FacilitySizeSqFt { get; private set; }

    /// <summary>The grower's phone in E.164 form; texted only when <see cref="SmsOptIn"/>.</summary>
    public string? Phone { get; private set; }
    public bool SmsOptIn { get; private set; }

    /// <summary>The number to text, or null when the grower has not opted in.</summary>
    public string? TextableNumber => SmsOptIn ? Phone : null;
    public bool Verified { get; private set; }
    public int ReviewCount { get; private set; }
    public int RatingTotal { get; private set; }

    /// <summary>Concurrency token: two reviews landing at once cannot lose an update of the sums.</summary>
    public int RatingVersion { get; private set; }

    /// <summary>Imported from VibeLux core (<c>facility.updated</c>); null until the first import.</summary>
    public FacilityInfo? Facility { get; private set; }

    /// <summary>The grower's connected payment account (Stripe Express), once onboarding has started.</summary>
    public string? PaymentAccountId { get; private set; }
    public bool ChargesEnabled { get; private set; }
    public bool PayoutsEnabled { get; private set; }
    public bool DetailsSubmitted { get; private set; }

    public double AverageRating => ReviewCount == 0 ? 0 : Math.Round((double)RatingTotal / ReviewCount, 2);

    internal void ImportFacility(FacilityInfo facility, IReadOnlyList<string> certifications)
    {
        Facility = facility;
        Certifications = [.. Certifications.Union(certifications, StringComparer.Ordinal)];
    }

    internal void LinkPaymentAccount(string accountId) => PaymentAccountId ??= accountId;

    internal void UpdatePaymentAccount(bool chargesEnabled, bool payoutsEnabled, bool detailsSubmitted) =>
        (ChargesEnabled, PayoutsEnabled, DetailsSubmitted) = (chargesEnabled, payoutsEnabled, detailsSubmitted);

    internal void AddRating(int rating)
    {
        RatingTotal += rating;
        ReviewCount++;
        RatingVersion++;
    }

    internal void Update(GrowerProfileDetails details)
    {
        FarmName = details.FarmName;
        Description = details.Description;
        City = details.City;
        State = details.State;
        PostalCode = details.PostalCode;
        Latitude = details.Latitude;
        Longitude = details.Longitude;
        GrowingMethods = [.. details.GrowingMethods.Distinct()];
        Certifications = [.. details.Certifications.Distinct()];
        FacilitySizeSqFt = details.FacilitySizeSqFt;
        var sms = details.Sms ?? SmsContact.None;
        (Phone, SmsOptIn) = (sms.Phone, sms.OptIn);
    }
}
