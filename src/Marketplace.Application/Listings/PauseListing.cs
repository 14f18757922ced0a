using FluentValidation;
using Marketplace.Application.Common.Security;
using Mediator;

namespace Marketplace.Application.Listings;

/// <summary>Takes an active or sold-out listing off the board until it is published again.</summary>
[AuthorizeRequest(Roles.Grower)]
public sealed record PauseListingCommand(Guid Id) : ICommand<ListingResponse>;

public sealed class PauseListingValidator : AbstractValidator<PauseListingCommand>
{
    public PauseListingValidator() => RuleFor(c => c.Id).NotEmpty();
}

public sealed class PauseListingHandler(ListingAccess access, TimeProvider clock, ListingResponses responses)
    : ICommandHandler<PauseListingCommand, ListingResponse>
{
    public async ValueTask<ListingResponse> Handle(PauseListingCommand command, CancellationToken cancellationToken)
    {
        var (listing, _) = await access.LoadOwnedAsync(command.Id, cancellationToken);
        listing.Pause(clock.GetUtcNow());
        return await responses.FromAsync(listing, cancellationToken);
    }
}
