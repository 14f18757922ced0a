using FluentValidation;
using Marketplace.Application.Common.Security;
using Mediator;

namespace Marketplace.Application.Listings;

/// <summary>Puts a draft or paused listing on the board (sold out straight away if it has no stock).</summary>
[AuthorizeRequest(Roles.Grower)]
public sealed record PublishListingCommand(Guid Id) : ICommand<ListingResponse>;

public sealed class PublishListingValidator : AbstractValidator<PublishListingCommand>
{
    public PublishListingValidator() => RuleFor(c => c.Id).NotEmpty();
}

public sealed class PublishListingHandler(ListingAccess access, TimeProvider clock, ListingResponses responses)
    : ICommandHandler<PublishListingCommand, ListingResponse>
{
    public async ValueTask<ListingResponse> Handle(PublishListingCommand command, CancellationToken cancellationToken)
    {
        var (listing, _) = await access.LoadOwnedAsync(command.Id, cancellationToken);
        listing.Publish(clock.GetUtcNow());
        return await responses.FromAsync(listing, cancellationToken);
    }
}
