using FluentValidation;

namespace Marketplace.UnitTests.Application;

internal static class ValidationAssert
{
    public static void Passes<T>(IValidator<T> validator, T instance)
    {
        var result = validator.Validate(instance);
        Assert.True(result.IsValid, "Expected no failures, got: " + Describe(result));
    }

    /// <summary>Fails on exactly one property, the one named, so that a test cannot pass on some other rule.</summary>
    public static void FailsOn<T>(IValidator<T> validator, T instance, string propertyName)
    {
        var result = validator.Validate(instance);
        Assert.False(result.IsValid, $"Expected a failure on {propertyName}, got none.");
        Assert.True(result.Errors.All(e => e.PropertyName == propertyName),
            $"Expected failures on {propertyName} only, got: " + Describe(result));
    }

    private static string Describe(FluentValidation.Results.ValidationResult result) =>
        string.Join("; ", result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}"));
}
