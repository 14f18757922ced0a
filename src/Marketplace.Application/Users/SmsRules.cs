using Marketplace.Domain.Users;

namespace Marketplace.Application.Users;

/// <summary>The phone and opt-in fields of both profiles, answered as field errors before the profile's own guard.</summary>
internal static class SmsRules
{
    public static IRuleBuilderOptions<T, string?> SmsPhone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(phone => string.IsNullOrWhiteSpace(phone) || SmsContact.IsE164(phone.Trim()))
            .WithMessage("Give the phone in E.164 form, e.g. +14155550123.");

    public static IRuleBuilderOptions<T, bool?> SmsOptIn<T>(this IRuleBuilder<T, bool?> rule, Func<T, string?> phone) =>
        rule.Must((command, optIn) => optIn != true || !string.IsNullOrWhiteSpace(phone(command)))
            .WithMessage("Give a phone to receive text messages.");
}
