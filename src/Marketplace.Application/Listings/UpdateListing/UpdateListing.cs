using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Common.Errors;
using Mediator;

namespace Marketplace.Application.Listings.UpdateListing;

/// <summary>Replaces a listing's details. <paramref name="IfMatch"/> is the client's ETag, when it sent one.</summary>
public sealed record UpdateListingCommand(Guid Id, ListingBody Body, string? IfMatch) : ICommand<ListingResponse>;

public sealed class UpdateListingValidator : AbstractValidator<UpdateListingCommand>
{
    public UpdateListingValidator() => RuleFor(c => c.Body).NotNull().SetValidator(new ListingBodyValidator());
}

public sealed class UpdateListingHandler(ListingAccess access, TimeProvider clock, ListingResponses responses)
    : ICommandHandler<UpdateListingCommand, ListingResponse>
{
    public async ValueTask<ListingResponse> Handle(UpdateListingCommand command, CancellationToken cancellationToken)
    {
        var (listing, actorId) = await access.LoadOwnedAsync(command.Id, cancellationToken);
        var etag = ETags.For(listing.Version);
        if (command.IfMatch is { } ifMatch && !ETags.Matches(ifMatch, etag))
            throw new PreconditionFailedException("listing", etag);

        var now = clock.GetUtcNow();
        listing.Update(command.Body.ToDetails(), now);

        // The body states the quantity the grower wants available; the difference goes through the ledger.
        var delta = (command.Body.QuantityAvailable ?? listing.Available) - listing.Available;
        if (delta != 0) listing.Adjust(delta, "listing updated", actorId, now);
        return await responses.FromAsync(listing, cancellationToken);
    }
}
