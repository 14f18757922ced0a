using Marketplace.Application.Common.Storage;

namespace Marketplace.Application.Listings.Images;

/// <summary>The owner removes a photo; the stored file is deleted once the removal has committed.</summary>
[AuthorizeRequest(Roles.Grower)]
public sealed record DeleteListingImageCommand(Guid ListingId, Guid ImageId) : ICommand<Unit>;

public sealed class DeleteListingImageValidator : AbstractValidator<DeleteListingImageCommand>
{
    public DeleteListingImageValidator()
    {
        RuleFor(c => c.ListingId).NotEmpty();
        RuleFor(c => c.ImageId).NotEmpty();
    }
}

public sealed class DeleteListingImageHandler(IMarketplaceDbContext db, ListingAccess access, FileChanges files, TimeProvider clock)
    : ICommandHandler<DeleteListingImageCommand, Unit>
{
    public async ValueTask<Unit> Handle(DeleteListingImageCommand command, CancellationToken cancellationToken)
    {
        await files.StartOverAsync();
        var (listing, _) = await access.LoadOwnedAsync(command.ListingId, cancellationToken);
        var image = await db.ListingImages.FirstOrDefaultAsync(i => i.Id == command.ImageId && i.ListingId == listing.Id, cancellationToken)
            ?? throw new NotFoundException("Image", command.ImageId);
        db.ListingImages.Remove(image);
        listing.RemoveImage(clock.GetUtcNow());
        files.DeleteAfterCommit(image.StorageKey);
        return Unit.Value;
    }
}
