using Marketplace.Application.Listings;
using Marketplace.Domain.Listings;
using Marketplace.Domain.Users;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Marketplace.Infrastructure.Seeding;

/// <summary>
/// Development only: three demo growers with an active board between them and a demo buyer, so `dotnet run` shows
/// something real, and a cart can combine three farms at checkout. Keyed by the demo users' subjects, so a second start adds nothing. Prices are in
/// <c>Marketplace:Currency</c>, so a marketplace in another currency can sell its demo board.
/// </summary>
public sealed class DemoDataSeeder(MarketplaceDbContext db, MarketplaceCurrency currency, TimeProvider clock, ILogger<DemoDataSeeder> logger)
{
    public const string GrowerSubject = "demo-grower";
    public const string BuyerSubject = "demo-buyer";
    public const string BayAreaGrowerSubject = "demo-grower-bay";
    public const string CoastsideGrowerSubject = "demo-grower-coast";

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
        var bay = MarketplaceUser.FirstSeen(BayAreaGrowerSubject, "bay@demo.vibelux.local", "Priya Raman", now);
        bay.SetGrowerProfile(new GrowerProfileDetails("Bay Vertical Farms",
            "Vertical and aeroponic farms in Oakland and San Jose: herbs, microgreens and mushrooms grown next to the kitchens they feed.",
            "Oakland", "CA", "94607", 37.8044, -122.2712, [GrowingMethod.Vertical, GrowingMethod.Aeroponic, GrowingMethod.Indoor], ["usda-organic"], 40_000), now);
        var coast = MarketplaceUser.FirstSeen(CoastsideGrowerSubject, "coast@demo.vibelux.local", "Tom Alvarez", now);
        coast.SetGrowerProfile(new GrowerProfileDetails("Coastside Greenhouses",
            "Greenhouses above Half Moon Bay: cut flowers, specialty mushrooms, salad turnips and edible flowers.",
            "Half Moon Bay", "CA", "94019", 37.4636, -122.4286, [GrowingMethod.Greenhouse, GrowingMethod.Indoor], ["usda-organic"], 25_000), now);
        var farms = new[] { grower, bay, coast };
        db.Users.AddRange(grower, bay, coast, buyer);

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var count = 0;
        foreach (var (details, quantity, farm) in DemoCatalog.Listings(today, currency.Code))
        {
            var seller = farms[farm];
            var listing = Listing.Create(seller.Id, seller.GrowerProfile!.FarmName, details, quantity, now.AddMinutes(count));
            listing.Publish(now.AddMinutes(count));
            db.Listings.Add(listing);
            count++;
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded demo data: growers {Growers}, buyer {Buyer}, {Count} active listings",
            string.Join(", ", GrowerSubject, BayAreaGrowerSubject, CoastsideGrowerSubject), BuyerSubject, count);
    }
}
