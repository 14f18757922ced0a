using Marketplace.Domain.Listings;

namespace Marketplace.Application.Listings;

/// <summary>A grower's stock change: `received` produce, or a count `adjusted` up or down.</summary>
public enum StockChangeKind { Received, Adjusted }

/// <summary>
/// A grower records stock: <c>received</c> adds a positive quantity; <c>adjusted</c> corrects on-hand
/// by a signed quantity (never below what is reserved). Both append to the ledger.
/// </summary>
[AuthorizeRequest(Roles.Grower)]
public sealed record AdjustStockCommand(Guid ListingId, StockChangeKind? Kind, decimal? Quantity, string? Reason)
    : ICommand<ListingResponse>;

public sealed class AdjustStockValidator : AbstractValidator<AdjustStockCommand>
{
    public AdjustStockValidator()
    {
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.Quantity).NotNull().NotEqual(0)
            .InclusiveBetween(-ListingBodyValidator.MaxQuantity, ListingBodyValidator.MaxQuantity)
            .PrecisionScale(18, 3, ignoreTrailingZeros: true);
        RuleFor(c => c.Quantity).GreaterThan(0).When(c => c.Kind == StockChangeKind.Received)
            .WithMessage("Received stock must be a positive quantity.");
        RuleFor(c => c.Reason).MaximumLength(500);
    }
}

public sealed class AdjustStockHandler(ListingAccess access, TimeProvider clock, ListingResponses responses) : ICommandHandler<AdjustStockCommand, ListingResponse>
{
    public async ValueTask<ListingResponse> Handle(AdjustStockCommand command, CancellationToken cancellationToken)
    {
        var (listing, actorId) = await access.LoadOwnedAsync(command.ListingId, cancellationToken);
        var quantity = command.Quantity!.Value;
        if (command.Kind == StockChangeKind.Received)
            listing.Receive(quantity, command.Reason, actorId, clock.GetUtcNow());
        else
            listing.Adjust(quantity, command.Reason, actorId, clock.GetUtcNow());
        return await responses.FromAsync(listing, cancellationToken);
    }
}
