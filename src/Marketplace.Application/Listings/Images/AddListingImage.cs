using Marketplace.Application.Common.Storage;

namespace Marketplace.Application.Listings.Images;

/// <summary>The owner adds a photo; the type is read from the content, the size is capped while reading,
/// and what is stored is the image re-encoded without its metadata.</summary>
[AuthorizeRequest(Roles.Grower)]
public sealed record AddListingImageCommand(Guid ListingId, Stream? Content) : ICommand<ListingImageResponse>;

public sealed class AddListingImageValidator : AbstractValidator<AddListingImageCommand>
{
    public AddListingImageValidator()
    {
        RuleFor(c => c.ListingId).NotEmpty();
        RuleFor(c => c.Content).NotNull().WithName("file").WithMessage("Send the image as the multipart field 'file'.");
    }
}

public sealed class AddListingImageHandler(IMarketplaceDbContext db, ListingAccess access, FileChanges files, IFileStorage storage,
    IImageSanitizer sanitizer, TimeProvider clock)
    : ICommandHandler<AddListingImageCommand, ListingImageResponse>
{
    public async ValueTask<ListingImageResponse> Handle(AddListingImageCommand command, CancellationToken cancellationToken)
    {
        await files.StartOverAsync();
        var (listing, _) = await access.LoadOwnedAsync(command.ListingId, cancellationToken);
        var bytes = await ReadCappedAsync(command.Content!, cancellationToken);
        var format = ImageFormats.Detect(bytes.AsSpan(0, (int)Math.Min(bytes.Length, 16))) ?? throw new UnsupportedImageException();
        bytes = sanitizer.Sanitize(bytes, format.ContentType);

        var key = $"listings/{listing.Id}/{Guid.CreateVersion7():N}.{format.Extension}";
        var image = listing.AddImage(key, format.ContentType, bytes.Length, clock.GetUtcNow());
        db.ListingImages.Add(image);
        await files.WriteAsync(key, new MemoryStream(bytes, writable: false), format.ContentType, cancellationToken);
        return new ListingImageResponse(image.Id, storage.UrlFor(key));
    }

    /// <summary>Reads at most the limit plus one byte, so an oversized upload is refused without reading it all.</summary>
    private static async Task<byte[]> ReadCappedAsync(Stream content, CancellationToken cancellationToken)
    {
        if (content.CanSeek) content.Position = 0; // a command run again after a lost race reads the upload again
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > ImageFormats.MaxBytes) throw new ImageTooLargeException();
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
