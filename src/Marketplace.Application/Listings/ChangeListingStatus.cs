
namespace Marketplace.Application.Listings;

/// <summary>The grower's moves of a listing between the board's states; the listing checks each one.</summary>
public enum ListingStatusChange
{
    /// <summary>Draft or paused → active (sold out straight away if it has no stock).</summary>
    Publish,
    /// <summary>Active or sold out → paused: off the board until published again.</summary>
    Pause,
    /// <summary>Any state → archived, for good: it leaves the board and cannot be changed again.</summary>
    Archive,
}

/// <summary>Publishes, pauses or archives a listing of the caller's: the one path all three take.</summary>
[AuthorizeRequest(Roles.Grower)]
public sealed record ChangeListingStatusCommand(Guid Id, ListingStatusChange Change) : ICommand<ListingResponse>;

public sealed class ChangeListingStatusValidator : AbstractValidator<ChangeListingStatusCommand>
{
    public ChangeListingStatusValidator()
    {
        RuleFor(c => c.Id).NotEmpty();
        RuleFor(c => c.Change).IsInEnum();
    }
}

public sealed class ChangeListingStatusHandler(ListingAccess access, TimeProvider clock, ListingResponses responses)
    : ICommandHandler<ChangeListingStatusCommand, ListingResponse>
{
    public async ValueTask<ListingResponse> Handle(ChangeListingStatusCommand command, CancellationToken cancellationToken)
    {
        var (listing, _) = await access.LoadOwnedAsync(command.Id, cancellationToken);
        var now = clock.GetUtcNow();
        switch (command.Change)
        {
            case ListingStatusChange.Publish: listing.Publish(now); break;
            case ListingStatusChange.Pause: listing.Pause(now); break;
            case ListingStatusChange.Archive: listing.Archive(now); break;
            default: throw new ArgumentOutOfRangeException(nameof(command), command.Change, "Not a listing status change.");
        }
        return await responses.FromAsync(listing, cancellationToken);
    }
}
