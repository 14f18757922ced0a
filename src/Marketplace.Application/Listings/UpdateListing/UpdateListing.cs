using Marketplace.Application.Common;

namespace Marketplace.Application.Listings.UpdateListing;

/// <summary>Replaces a listing's details. <paramref name="IfMatch"/> is the client's ETag, when it sent one.</summary>
[AuthorizeRequest(Roles.Grower)]
public sealed record UpdateListingCommand(Guid Id, UpdateListingBody Body, string? IfMatch) : ICommand<ListingResponse>;

public sealed class UpdateListingValidator : AbstractValidator<UpdateListingCommand>
{
    public UpdateListingValidator()
    {
        RuleFor(c => c.Body).NotNull().SetValidator(new ListingBodyValidator());
        RuleFor(c => c.Body.UnknownFields).Custom((fields, context) =>
        {
            foreach (var name in fields?.Keys ?? Enumerable.Empty<string>())
                context.AddFailure(name, string.Equals(name, "quantityAvailable", StringComparison.OrdinalIgnoreCase)
                    ? "Not part of an update: stock moves only through POST /listings/{id}/stock."
                    : "Not a field of the listing update body.");
        }).When(c => c.Body is not null);
    }
}

public sealed class UpdateListingHandler(ListingAccess access, MarketplaceCurrency currency, TimeProvider clock, ListingResponses responses)
    : ICommandHandler<UpdateListingCommand, ListingResponse>
{
    public async ValueTask<ListingResponse> Handle(UpdateListingCommand command, CancellationToken cancellationToken)
    {
        var (listing, _) = await access.LoadOwnedAsync(command.Id, cancellationToken);
        var etag = ETags.For(listing.Version);
        if (command.IfMatch is { } ifMatch && !ETags.Matches(ifMatch, etag))
            throw new PreconditionFailedException("listing", etag);

        currency.EnsureListedIn(command.Body);
        listing.Update(command.Body.ToDetails(), clock.GetUtcNow());
        return await responses.FromAsync(listing, cancellationToken);
    }
}
