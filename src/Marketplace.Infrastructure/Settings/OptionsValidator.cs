using Microsoft.Extensions.Options;

namespace Marketplace.Infrastructure.Settings;

/// <summary>A validator that lists what is wrong, each message naming the full configuration key.</summary>
public abstract class OptionsValidator<T> : IValidateOptions<T> where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        var failures = Failures(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    protected abstract IEnumerable<string> Failures(T options);

    protected static bool IsDefined<TEnum>(TEnum value) where TEnum : struct, Enum => Enum.IsDefined(value);
}
