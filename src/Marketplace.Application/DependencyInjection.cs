using Marketplace.Application.Listings;
using Marketplace.Application.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Application;

public static class DependencyInjection
{
    /// <summary>Validators and the small services slices share. Mediator itself is wired by the host (source-generated there).</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        // Only the validators of requests are resolved by the pipeline; part validators (money, location) are composed in them.
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton,
            filter: v => typeof(IMessage).IsAssignableFrom(v.InterfaceType.GetGenericArguments()[0]));
        services.AddScoped<UserDirectory>();
        services.AddSingleton<Common.Paging.CursorCodec>();
        services.AddScoped<ListingAccess>();
        services.AddScoped<Common.Storage.FileChanges>();
        services.AddScoped<ListingResponses>();
        services.AddScoped<Search.TypoCorrection>();
        services.AddScoped<Listings.SearchListings.DatabaseBoardSearch>();
        services.AddScoped<Listings.SearchListings.ProduceBoard>();
        services.AddScoped<Listings.SearchListings.SavedBoardQueries>();
        services.AddScoped<Common.Events.IIntegrationEventHandler, Search.SearchIndexing>();
        services.AddScoped<Orders.OrderAccess>();
        services.AddScoped<Orders.OrderRefunds>();
        services.AddScoped<Orders.OpenPayments>();
        services.AddScoped<Payments.PaymentResults>();
        services.AddScoped<Payments.GroupPayments>();
        services.AddScoped<Common.Events.IIntegrationEventHandler, Payments.GrowerTransfers>();
        services.AddScoped<Orders.OrderPlacement>();
        services.AddScoped<Carts.CartStore>();
        services.AddScoped<Carts.CartPricing>();
        services.AddScoped<Analytics.DashboardQueries>();
        return services;
    }
}
