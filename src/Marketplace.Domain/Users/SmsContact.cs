using System.Text.RegularExpressions;
using Marketplace.Domain.Common;

namespace Marketplace.Domain.Users;

/// <summary>
/// A profile's phone for text messages. Nothing is texted without the owner's opt-in, and an opt-in needs a number
/// in E.164 form (<c>+</c>, country code, number; at most 15 digits).
/// </summary>
public sealed partial record SmsContact
{
    public static readonly SmsContact None = new(null, false);

    private SmsContact(string? phone, bool optIn) => (Phone, OptIn) = (phone, optIn);

    public string? Phone { get; }
    public bool OptIn { get; }

    /// <summary>The number to text, or null when the owner has not opted in.</summary>
    public string? TextableNumber => OptIn ? Phone : null;

    public static SmsContact Of(string? phone, bool optIn)
    {
        var trimmed = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        if (trimmed is not null && !IsE164(trimmed))
            throw new MarketplaceException("validation_failed", ErrorKind.Validation,
                "Give the phone in E.164 form, e.g. +14155550123.", "phone");
        if (optIn && trimmed is null)
            throw new MarketplaceException("validation_failed", ErrorKind.Validation,
                "Give a phone to receive text messages.", "smsOptIn");
        return new SmsContact(trimmed, optIn);
    }

    public static bool IsE164(string phone) => E164().IsMatch(phone);

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex E164();
}
