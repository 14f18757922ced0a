using System.Reflection;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Listings.CreateListing;
using static Marketplace.ArchitectureTests.Slices;

namespace Marketplace.ArchitectureTests;

/// <summary>
/// Every request says who may send it, so a forgotten check cannot fail open: the authorization behaviour
/// refuses by the declaration, and a request without one does not pass this test.
/// </summary>
public sealed class AccessTests
{
    [Fact]
    public void EveryRequest_DeclaresItsAccess()
    {
        Assert.True(Requests.Count >= 10, $"Only {Requests.Count} requests found: {Names(Requests)}");
        var undeclared = Requests
            .Where(r => r.GetCustomAttribute<AuthorizeRequestAttribute>() is null
                        == r.GetCustomAttribute<AllowAnonymousRequestAttribute>() is null)
            .Select(r => r.FullName)
            .ToList();

        Assert.True(undeclared.Count == 0,
            $"Requests that declare no access, or both [AuthorizeRequest] and [AllowAnonymousRequest]: {string.Join(", ", undeclared)}");
    }

    [Fact]
    public void AccessDeclarations_AreReadFromTheRequests()
    {
        // The rule above can only fail if it sees the attributes where they are written; prove it on a known one.
        var declared = typeof(CreateListingCommand).GetCustomAttribute<AuthorizeRequestAttribute>();
        Assert.NotNull(declared);
        Assert.Equal([Roles.Grower], declared.Roles);
    }
}
