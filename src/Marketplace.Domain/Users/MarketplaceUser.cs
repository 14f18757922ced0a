using Marketplace.Domain.Common;

namespace Marketplace.Domain.Users;

/// <summary>
/// The marketplace's view of a VibeLux user, keyed by the token's subject. Created on first sight;
/// becomes a seller with a <see cref="GrowerProfile"/> and a buyer with a <see cref="BuyerProfile"/>.
/// </summary>
public sealed class MarketplaceUser : Entity
{
    private MarketplaceUser() { }

    public string ExternalId { get; private init; } = "";
    public string? Email { get; private set; }
    public string? DisplayName { get; private set; }
    public GrowerProfile? GrowerProfile { get; private set; }
    public BuyerProfile? BuyerProfile { get; private set; }
    public DateTimeOffset CreatedAt { get; private init; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static MarketplaceUser FirstSeen(string externalId, string? email, string? displayName, DateTimeOffset now) =>
        new()
        {
            ExternalId = externalId,
            Email = email,
            DisplayName = displayName,
            CreatedAt = now,
            UpdatedAt = now,
        };

    /// <summary>Whether the identity provider's email and name are the ones the user already has.</summary>
    public bool HasIdentity(string? email, string? displayName) => email == Email && displayName == DisplayName;

    /// <summary>Keeps contact details in step with the identity provider; returns whether anything changed.</summary>

    public bool SyncIdentity(string? email, string? displayName, DateTimeOffset now)
    {
        if (HasIdentity(email, displayName)) return false;
        Email = email ?? Email;
        DisplayName = displayName ?? DisplayName;
        UpdatedAt = now;
        return true;
    }

    /// <summary>Creates or replaces the grower profile; verification and rating are the platform's and are kept.</summary>
    public void SetGrowerProfile(GrowerProfileDetails details, DateTimeOffset now)
    {
        if (GrowerProfile is null)
        {
            GrowerProfile = new GrowerProfile(details);
            Raise(new GrowerProfileCreated(Id, now));
        }
        else
        {
            GrowerProfile.Update(details);
        }
        UpdatedAt = now;
    }

    /// <summary>VibeLux core's facility data for this grower; its certifications join the profile's.</summary>
    public void ImportFacility(FacilityInfo facility, IReadOnlyList<string> certifications, DateTimeOffset now)
    {
        if (GrowerProfile is null) throw new DomainRuleException("grower_profile_required", "The facility's owner has no grower profile.");
        GrowerProfile.ImportFacility(facility, certifications);
        UpdatedAt = now;
    }

    /// <summary>Records the grower's connected payment account; the first one stays (a grower has one).</summary>
    public void LinkPaymentAccount(string accountId, DateTimeOffset now)
    {
        if (GrowerProfile is null) throw new DomainRuleException("grower_profile_required", "Create your grower profile first.");
        GrowerProfile.LinkPaymentAccount(accountId);
        UpdatedAt = now;
    }

    /// <summary>The payment provider's latest word on what the grower's account may do.</summary>
    public void UpdatePaymentAccount(bool chargesEnabled, bool payoutsEnabled, bool detailsSubmitted, DateTimeOffset now)
    {
        GrowerProfile?.UpdatePaymentAccount(chargesEnabled, payoutsEnabled, detailsSubmitted);
        UpdatedAt = now;
    }

    /// <summary>Adds a buyer's rating to this grower's exact sums.</summary>
    public void RecordReview(int rating, DateTimeOffset now)
    {
        if (GrowerProfile is null) throw new DomainRuleException("not_a_grower", "Only growers are reviewed.");
        GrowerProfile.AddRating(rating);
        UpdatedAt = now;
    }

    public void SetBuyerProfile(BuyerProfile profile, DateTimeOffset now)
    {
        if (BuyerProfile is null) Raise(new BuyerProfileCreated(Id, now));
        BuyerProfile = profile;
        UpdatedAt = now;
    }
}

public sealed record GrowerProfileCreated(Guid UserId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record BuyerProfileCreated(Guid UserId, DateTimeOffset OccurredAt) : IDomainEvent;
