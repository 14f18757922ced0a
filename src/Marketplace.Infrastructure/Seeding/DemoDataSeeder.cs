using Marketplace.Application.Listings;
using Marketplace.Domain.Listings;
using Marketplace.Domain.Users;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Marketplace.Infrastructure.Seeding;

/// <summary>
/// Development only: a demo grower with an active board and a demo buyer, so `dotnet run` shows
/// something real. Keyed by the demo users' subjects, so a second start adds nothing. Prices are in
/// <c>Marketplace:Currency</c>, so a marketplace in another currency can sell its demo board.
/// </summary>
public sealed class DemoDataSeeder(MarketplaceDbContext db, MarketplaceCurrency currency, TimeProvider clock, ILogger<DemoDataSeeder> logger)
{
    public const string GrowerSubject = "demo-grower";
    public const string BuyerSubject = "demo-buyer";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(u => u.ExternalId == GrowerSubject, cancellationToken)) return;
        var now = clock.GetUtcNow();

        var grower = MarketplaceUser.FirstSeen(GrowerSubject, "grower@demo.vibelux.local", "Maria Delgado", now);
        grower.SetGrowerProfile(new GrowerProfileDetails("Salinas Valley Greens",
            "Third-generation growers running hydroponic greenhouses and a vertical farm across the Salinas Valley and the Bay Area.",
            "Salinas", "CA", "93901", 36.6777, -121.6555,
            [GrowingMethod.Hydroponic, GrowingMethod.Vertical, GrowingMethod.Greenhouse], ["usda-organic", "gap-certified"], 85_000), now);
        var buyer = MarketplaceUser.FirstSeen(BuyerSubject, "buyer@demo.vibelux.local", "Sam Okafor", now);
        buyer.SetBuyerProfile(new BuyerProfile("Mission Street Bistro", BusinessType.Restaurant,
            new Address("2100 Mission St", null, "San Francisco", "CA", "94110", 37.7625, -122.4194)), now);
        db.Users.AddRange(grower, buyer);

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var count = 0;
        foreach (var (details, quantity) in DemoCatalog.Listings(today, currency.Code))
        {
            var listing = Listing.Create(grower.Id, grower.GrowerProfile!.FarmName, details, quantity, now.AddMinutes(count));
            listing.Publish(now.AddMinutes(count));
            db.Listings.Add(listing);
            count++;
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded demo data: grower {Grower}, buyer {Buyer}, {Count} active listings", GrowerSubject, BuyerSubject, count);
    }
}
