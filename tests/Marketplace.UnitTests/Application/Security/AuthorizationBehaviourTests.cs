using Marketplace.Application.Admin;
using Marketplace.Application.Common.Behaviours;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Listings.CreateListing;
using Marketplace.Application.Listings;
using Marketplace.Application.Orders;

namespace Marketplace.UnitTests.Application.Security;

/// <summary>
/// The behaviour alone refuses a caller without the declared role: the handlers no longer check it, so the
/// "handler" here is a delegate that only records that it ran.
/// </summary>
public sealed class AuthorizationBehaviourTests
{
    [Fact]
    public async Task RequestWithRole_FromCallerWithoutIt_IsRefusedWith403BeforeTheHandler()
    {
        var ran = false;
        var behaviour = new AuthorizationBehaviour<CreateListingCommand, bool>(new Caller("buyer-1", Roles.Buyer));

        var error = await Assert.ThrowsAsync<ForbiddenException>(async () =>
            await behaviour.Handle(new CreateListingCommand(null!), (_, _) => { ran = true; return ValueTask.FromResult(true); }, default));

        Assert.Equal("role_required", error.Code);
        Assert.False(ran);
    }

    [Fact]
    public async Task RequestWithRole_FromAnonymousCaller_IsRefusedWith401BeforeTheHandler()
    {
        var ran = false;
        var behaviour = new AuthorizationBehaviour<ListOutboxQuery, bool>(new Caller(null));

        await Assert.ThrowsAsync<UnauthorizedAccessException>(async () =>
            await behaviour.Handle(new ListOutboxQuery(null, null, null), (_, _) => { ran = true; return ValueTask.FromResult(true); }, default));

        Assert.False(ran);
    }

    [Fact]
    public async Task AuthenticatedRequest_FromAnonymousCaller_IsRefusedWith401()
    {
        var behaviour = new AuthorizationBehaviour<GetOrderQuery, bool>(new Caller(null));

        await Assert.ThrowsAsync<UnauthorizedAccessException>(async () =>
            await behaviour.Handle(new GetOrderQuery(Guid.NewGuid()), (_, _) => ValueTask.FromResult(true), default));
    }

    [Theory]
    [InlineData(Roles.Grower)]
    [InlineData(Roles.Admin)]
    public async Task RequestWithRole_FromCallerWithTheRoleOrAdmin_ReachesTheHandler(string role)
    {
        var behaviour = new AuthorizationBehaviour<CreateListingCommand, bool>(new Caller("user-1", role));

        var result = await behaviour.Handle(new CreateListingCommand(null!), (_, _) => ValueTask.FromResult(true), default);

        Assert.True(result);
    }

    [Fact]
    public async Task AnonymousRequest_FromAnonymousCaller_ReachesTheHandler()
    {
        var behaviour = new AuthorizationBehaviour<GetListingQuery, bool>(new Caller(null));

        Assert.True(await behaviour.Handle(new GetListingQuery(Guid.NewGuid()), (_, _) => ValueTask.FromResult(true), default));
    }

    private sealed class Caller(string? subject, params string[] roles) : ICurrentUser
    {
        public bool IsAuthenticated => subject is not null;
        public string? ExternalId => subject;
        public string? Email => null;
        public string? Name => null;
        public IReadOnlyCollection<string> Roles => roles;
        public bool IsInRole(string role) => roles.Contains(role);
    }
}
