using NetArchTest.Rules;
using static Marketplace.ArchitectureTests.Slices;

namespace Marketplace.ArchitectureTests;

/// <summary>
/// Slices are isolated at namespace level (as SSW.VerticalSliceArchitecture's <c>FeatureTests</c>): each feature
/// (<c>Marketplace.Application.Listings</c>, <c>.Orders</c>, …) is a namespace, <c>Common</c> serves them all and knows
/// none, and a feature uses another only through the few services and responses that feature shares on purpose.
/// </summary>
public sealed class FeatureTests
{
    private const string Root = "Marketplace.Application.";
    private const string Common = Root + "Common";

    /// <summary>
    /// What one feature offers the others: the caller's user, the marketplace currency and shared validators, the
    /// responses other features return, and the order services payments and reviews act through. Nothing else of a
    /// feature (its requests, handlers, helpers) may be used outside it.
    /// </summary>
    private static readonly Type[] Shared =
    [
        typeof(Application.Users.UserDirectory),
        typeof(Application.Listings.MarketplaceCurrency),
        typeof(Application.Listings.MoneyValidator),
        typeof(Application.Users.AddressValidator),
        typeof(Application.Users.AddressBody),
        typeof(Application.Orders.OrderResponse),
        typeof(Application.Orders.OrderAccess),
        typeof(Application.Orders.OrderInHand),
        typeof(Application.Orders.OrderRefunds),
        typeof(Application.Orders.OrderSettings),
        Assembly.GetType("Marketplace.Application.Orders.OrderMapping", throwOnError: true)!,
        typeof(Application.Payments.GroupPayments), // the one payment a checkout group is paid by
        typeof(Application.Search.TypoCorrection),
        typeof(Application.Listings.SearchListings.ISearchIndex),
        typeof(Application.Listings.SearchListings.ISearchIndexRebuild),
        typeof(Application.Listings.SearchListings.SearchDocument),
        typeof(Application.Listings.SearchListings.PriceBuckets),
        // Favorites show current grower profiles and listings, read the one way those features read them.
        typeof(Application.Users.PublicGrowerProfile),
        Assembly.GetType("Marketplace.Application.Users.GrowerProfiles", throwOnError: true)!,
        typeof(Application.Listings.ListingResponse),
        typeof(Application.Listings.ListingResponses),
        Assembly.GetType("Marketplace.Application.Listings.ListingMapping", throwOnError: true)!,
    ];

    /// <summary>The feature namespaces: the first segment below <c>Marketplace.Application</c>, Common aside.</summary>
    private static IReadOnlyList<string> Features { get; } =
    [
        .. Assembly.GetTypes()
            .Select(t => t.Namespace ?? "")
            .Where(n => n.StartsWith(Root, StringComparison.Ordinal) && !IsIn(n, Common))
            .Select(n => Root + n[Root.Length..].Split('.')[0])
            .Distinct()
            .Order(StringComparer.Ordinal),
    ];

    [Fact]
    public void Features_AreFoundAsNamespaces()
    {
        Assert.True(Features.Count >= 8, $"Only {Features.Count} feature namespaces found: {string.Join(", ", Features)}");
        Assert.Contains(Root + "Listings", Features);
        Assert.Contains(Root + "Orders", Features);
        Assert.All(Requests, r => Assert.Contains(Features, f => IsIn(r.Namespace!, f)));
    }

    [Fact]
    public void Common_DependsOnNoFeature()
    {
        var common = Types.InAssembly(Assembly).That().ResideInNamespace(Common);
        Assert.True(common.GetTypes().Count() >= 20, "Common holds too few types for the rule to check anything");

        var result = common.ShouldNot().HaveDependencyOnAny([.. Features]).GetResult();

        Layers.AssertSuccess(result, "Application.Common references a feature namespace");
    }

    [Fact]
    public void Features_UseOtherFeaturesOnlyThroughTheirSharedServicesAndResponses()
    {
        Assert.NotEmpty(Shared);
        var broken = new List<string>();
        foreach (var feature in Features)
        {
            var others = Assembly.GetTypes()
                .Where(t => t.Namespace is { } n && !IsIn(n, feature) && Features.Any(f => IsIn(n, f)) && !Shared.Contains(t))
                .Where(t => !t.IsNested && !t.Name.StartsWith('<'))
                .Select(t => t.FullName!)
                .ToArray();
            var types = Types.InAssembly(Assembly).That().ResideInNamespace(feature);
            Assert.NotEmpty(types.GetTypes());
            var result = types.ShouldNot().HaveDependencyOnAny(others).GetResult();
            if (!result.IsSuccessful) broken.Add($"{feature}: {string.Join(", ", result.FailingTypeNames ?? [])}");
        }

        Assert.True(broken.Count == 0, "Types that use another feature's internals: " + string.Join("; ", broken));
    }

    [Fact]
    public void SharedTypes_AreNoSlice_AndReallyShared()
    {
        Assert.NotEmpty(Shared);
        Assert.All(Shared, t => Assert.DoesNotContain(t, Requests));
        Assert.All(Shared, t => Assert.DoesNotContain(t, Handlers));
        var unused = new List<string>();
        foreach (var type in Shared)
        {
            var feature = Assert.Single(Features, f => IsIn(type.Namespace!, f));
            var outside = Types.InAssembly(Assembly).That().ResideInNamespace(Root).And().DoNotResideInNamespace(feature)
                .ShouldNot().HaveDependencyOn(type.FullName!).GetResult();
            if (outside.IsSuccessful) unused.Add(type.Name);
        }

        Assert.True(unused.Count == 0, "Listed as shared but used by no other feature: " + string.Join(", ", unused));
    }

    [Fact]
    public void NamespaceRule_SeesAFeatureUsingCommon()
    {
        // The Common rule can only fail if the search sees namespace-level dependencies; prove it the other way round.
        var result = Types.InAssembly(Assembly).That().ResideInNamespace(Root + "Listings").ShouldNot().HaveDependencyOn(Common).GetResult();

        Assert.False(result.IsSuccessful);
    }

    [Fact]
    public void FeatureRule_CatchesACrossFeatureReference()
    {
        // The rule above can only fail if the search sees one feature using another; prove it on a use that is allowed.
        var result = Types.InAssembly(Assembly).That().ResideInNamespace(Root + "Reviews")
            .ShouldNot().HaveDependencyOn(typeof(Application.Orders.OrderAccess).FullName!).GetResult();

        Assert.False(result.IsSuccessful);
    }

    private static bool IsIn(string ns, string feature) => ns == feature || ns.StartsWith(feature + ".", StringComparison.Ordinal);
}
