using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Marketplace.Infrastructure.Settings;

/// <summary>
/// The one place that reads configuration (ADR 36). Each section is bound once, at registration, into its typed
/// options instance; that instance decides what is registered and is the very one <see cref="IOptions{T}"/> serves,
/// so the registration and the running code can never see two different readings. Its
/// <see cref="IValidateOptions{T}"/> run when the host starts.
/// </summary>
public static class OptionsBinding
{
    public const string ConnectionStringName = "Marketplace";

    /// <summary>Binds <paramref name="section"/> into a new <typeparamref name="T"/>, serves it as the options and validates it on start.</summary>
    public static T BindOptions<T>(this IServiceCollection services, IConfiguration configuration, string section) where T : class, new()
    {
        var options = new T();
        configuration.GetSection(section).Bind(options);
        services.AddOptions<T>().ValidateOnStart();
        services.AddSingleton<IOptionsFactory<T>>(sp => new BoundOptionsFactory<T>(options, sp.GetServices<IConfigureOptions<T>>(),
            sp.GetServices<IPostConfigureOptions<T>>(), sp.GetServices<IValidateOptions<T>>()));
        return options;
    }

    /// <summary>Binds the section and registers its validator.</summary>
    public static T BindOptions<T, TValidator>(this IServiceCollection services, IConfiguration configuration, string section)
        where T : class, new() where TValidator : class, IValidateOptions<T>
    {
        services.AddSingleton<IValidateOptions<T>, TValidator>();
        return services.BindOptions<T>(configuration, section);
    }

    /// <summary><c>ConnectionStrings:Marketplace</c>, the one connection string of the module.</summary>
    public static string? MarketplaceConnectionString(IConfiguration configuration) => configuration.GetConnectionString(ConnectionStringName);

    /// <summary>Serves the bound instance instead of a fresh one, still running any configure actions and validators on it.</summary>
    private sealed class BoundOptionsFactory<T>(T bound, IEnumerable<IConfigureOptions<T>> setups, IEnumerable<IPostConfigureOptions<T>> postConfigures,
        IEnumerable<IValidateOptions<T>> validations) : OptionsFactory<T>(setups, postConfigures, validations) where T : class, new()
    {
        protected override T CreateInstance(string name) => name == Options.DefaultName ? bound : base.CreateInstance(name);
    }
}
