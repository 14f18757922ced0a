using FluentValidation;
using Marketplace.Application.Common.Security;
using Mediator;

namespace Marketplace.Application.Listings;

/// <summary>Retires a listing for good; it leaves the board and cannot be changed again.</summary>
[AuthorizeRequest(Roles.Grower)]
public sealed record ArchiveListingCommand(Guid Id) : ICommand<ListingResponse>;

public sealed class ArchiveListingValidator : AbstractValidator<ArchiveListingCommand>
{
    public ArchiveListingValidator() => RuleFor(c => c.Id).NotEmpty();
}

public sealed class ArchiveListingHandler(ListingAccess access, TimeProvider clock, ListingResponses responses)
    : ICommandHandler<ArchiveListingCommand, ListingResponse>
{
    public async ValueTask<ListingResponse> Handle(ArchiveListingCommand command, CancellationToken cancellationToken)
    {
        var (listing, _) = await access.LoadOwnedAsync(command.Id, cancellationToken);
        listing.Archive(clock.GetUtcNow());
        return await responses.FromAsync(listing, cancellationToken);
    }
}
