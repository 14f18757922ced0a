
namespace Marketplace.Application.Users;

/// <summary>The caller's marketplace user (provisioned from the token's subject, email and name before the handler runs).</summary>
[AuthorizeRequest]
public sealed record GetMeQuery : IQuery<UserResponse>;

public sealed class GetMeValidator : AbstractValidator<GetMeQuery>
{
    // Nothing to check in the request itself; the token is the Api's concern.
}

public sealed class GetMeHandler(UserDirectory users) : IQueryHandler<GetMeQuery, UserResponse>
{
    public async ValueTask<UserResponse> Handle(GetMeQuery query, CancellationToken cancellationToken)
    {
        var user = await users.FindCallerAsync(cancellationToken);
        return user.ToResponse(users.Current.Roles);
    }
}
