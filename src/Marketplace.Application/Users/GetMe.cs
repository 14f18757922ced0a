using FluentValidation;
using Marketplace.Application.Common.Security;
using Mediator;

namespace Marketplace.Application.Users;

/// <summary>
/// The caller's marketplace user. A command, not a query: the first call creates the user from the
/// token's subject, email and name.
/// </summary>
[AuthorizeRequest]
public sealed record GetMeCommand : ICommand<UserResponse>;

public sealed class GetMeValidator : AbstractValidator<GetMeCommand>
{
    // Nothing to check in the request itself; the token is the Api's concern.
}

public sealed class GetMeHandler(UserDirectory users) : ICommandHandler<GetMeCommand, UserResponse>
{
    public async ValueTask<UserResponse> Handle(GetMeCommand command, CancellationToken cancellationToken)
    {
        var user = await users.GetOrCreateCallerAsync(cancellationToken);
        return user.ToResponse(users.Current.Roles);
    }
}
