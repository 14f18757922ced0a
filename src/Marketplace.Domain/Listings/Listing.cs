using Marketplace.Domain.Common;

namespace Marketplace.Domain.Listings;

/// <summary>
/// A grower's offer of produce. Stock is <see cref="OnHand"/> and <see cref="Reserved"/>; every change
/// to either goes through a method here that appends to the ledger, so the two always agree.
/// </summary>
public sealed class Listing : Entity
{
    private readonly List<StockMovement> _newMovements = [];

    private Listing() { }

    public Guid GrowerId { get; private init; }
    public string FarmName { get; private set; } = "";
    public string Title { get; private set; } = "";
    public Category Category { get; private set; }
    public string ProductType { get; private set; } = "";
    public string? Variety { get; private set; }
    public string? Description { get; private set; }
    public GrowingMethod GrowingMethod { get; private set; }
    public IReadOnlyList<string> Certifications { get; private set; } = [];
    public Grade Grade { get; private set; }
    public Unit Unit { get; private set; }

    /// <summary>Price per unit in minor units of <see cref="Currency"/>; a column of its own so the board can sort on it.</summary>
    public long UnitPriceAmount { get; private set; }
    public string Currency { get; private set; } = "USD";
    public Money UnitPrice => new(UnitPriceAmount, Currency);
    public IReadOnlyList<BulkDiscount> BulkDiscounts { get; private set; } = [];
    public decimal MinimumOrderQuantity { get; private set; }
    public decimal LowStockThreshold { get; private set; }
    public DateOnly HarvestDate { get; private set; }
    public DateOnly? AvailableFrom { get; private set; }
    public DateOnly? AvailableUntil { get; private set; }
    public int? ShelfLifeDays { get; private set; }
    public bool OffersPickup { get; private set; }
    public bool OffersDelivery { get; private set; }
    public decimal? DeliveryRadiusMiles { get; private set; }
    public long? DeliveryFeeAmount { get; private set; }
    public DeliveryOptions Delivery =>
        new(OffersPickup, OffersDelivery, DeliveryRadiusMiles, DeliveryFeeAmount is { } fee ? new Money(fee, Currency) : null);
    public string City { get; private set; } = "";
    public string State { get; private set; } = "";
    public string PostalCode { get; private set; } = "";
    public double Latitude { get; private set; }
    public double Longitude { get; private set; }
    public GeoLocation Location => new(City, State, PostalCode, Latitude, Longitude);
    public bool ColdChainRequired { get; private set; }
    public Sustainability? Sustainability { get; private set; }
    public ListingStatus Status { get; private set; }
    public decimal OnHand { get; private set; }
    public decimal Reserved { get; private set; }
    public decimal Available => OnHand - Reserved;

    /// <summary>Buyers can order it: active, or sold out (an order then fails on stock, naming the listing).</summary>
    public bool IsOnSale => Status is ListingStatus.Active or ListingStatus.SoldOut;

    /// <summary>Within its availability dates on <paramref name="day"/>.</summary>
    public bool IsAvailableOn(DateOnly day) => !(AvailableFrom is { } from && day < from) && !(AvailableUntil is { } until && day > until);

    public bool IsOrderableOn(DateOnly day) => IsOnSale && IsAvailableOn(day);
    public double GrowerRating { get; private set; }

    /// <summary>
    /// The distinct folded words (<see cref="SearchWords"/>) of title, product, variety, description, farm and city,
    /// separated by spaces: the known terms the typo rewrite looks up, and the text of the LIKE fallback.
    /// </summary>
    public string SearchText { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private init; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public const int MaxImages = 10;

    /// <summary>The VibeLux harvest this draft was created from, if any; one listing per harvest.</summary>
    public string? SourceHarvestId { get; private set; }

    /// <summary>How many images the listing has; kept on the listing so its concurrency token guards the limit.</summary>
    public int ImageCount { get; private set; }

    /// <summary>Position for the next image (images keep the order they were added in).</summary>
    public int NextImagePosition { get; private set; }

    /// <summary>How many ledger lines the listing has; the next line's sequence number is one more.</summary>
    public int MovementCount { get; private set; }

    /// <summary>Optimistic concurrency token, also the ETag.</summary>
    public int Version { get; private set; }

    /// <summary>Ledger lines appended since load; the unit of work stores them with the listing.</summary>
    public IReadOnlyList<StockMovement> NewMovements => _newMovements;

    /// <summary>Makes room for one more image; at most <see cref="MaxImages"/>.</summary>
    public ListingImage AddImage(string storageKey, string contentType, long sizeBytes, DateTimeOffset now)
    {
        EnsureNotArchived("given images");
        if (ImageCount >= MaxImages)
            throw new DomainRuleException("too_many_images", $"A listing has at most {MaxImages} images; delete one first.");
        ImageCount++;
        Touch(now);
        return new ListingImage(Id, storageKey, contentType, sizeBytes, NextImagePosition++, now);
    }

    public void RemoveImage(DateTimeOffset now)
    {
        ImageCount = Math.Max(0, ImageCount - 1);
        Touch(now);
    }

    /// <summary>Hands the unsaved ledger lines to the unit of work, once.</summary>
    public IReadOnlyList<StockMovement> TakeNewMovements()
    {
        var lines = _newMovements.ToList();
        _newMovements.Clear();
        return lines;
    }

    public static Listing Create(Guid growerId, string farmName, ListingDetails details, decimal initialQuantity, DateTimeOffset now) =>
        NewDraft(growerId, farmName, details, initialQuantity, "initial stock", harvestId: null, now);

    /// <summary>
    /// A draft prepared from a harvest recorded in VibeLux core. Its price is not known yet (0): the grower
    /// sets it before publishing, which refuses a listing without a price.
    /// </summary>
    public static Listing DraftFromHarvest(Guid growerId, string farmName, string harvestId, ListingDetails details, decimal quantity, DateTimeOffset now) =>
        NewDraft(growerId, farmName, details, quantity, $"harvest {harvestId}", harvestId, now);

    private static Listing NewDraft(Guid growerId, string farmName, ListingDetails details, decimal quantity, string reason,
        string? harvestId, DateTimeOffset now)
    {
        var listing = new Listing
        {
            GrowerId = growerId,
            FarmName = farmName,
            Status = ListingStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
            SourceHarvestId = harvestId,
        };
        listing.Apply(details, requirePrice: harvestId is null);
        if (quantity > 0) listing.Receive(quantity, reason, growerId, now);
        return listing;
    }

    public void Update(ListingDetails details, DateTimeOffset now)
    {
        EnsureNotArchived("updated");
        var wasLow = IsLow;
        Apply(details);
        Touch(now);
        RaiseLowStockIfCrossed(wasLow, now);
        Raise(new ListingChanged(Id, now));
    }

    /// <summary>The board shows and searches the farm's name, so a rename is a change of the listing.</summary>
    public void RenameFarm(string farmName, DateTimeOffset now)
    {
        if (FarmName == farmName) return;
        FarmName = farmName;
        RefreshSearchText();
        Touch(now);
        Raise(new ListingChanged(Id, now));
    }

    /// <summary>The board shows and sorts by the grower's rating, so a new rating is a change of the listing.</summary>
    public void RateGrower(double averageRating, DateTimeOffset now)
    {
        if (GrowerRating.Equals(averageRating)) return;
        GrowerRating = averageRating;
        Touch(now);
        Raise(new ListingChanged(Id, now));
    }

    public void Publish(DateTimeOffset now)
    {
        if (Status is not (ListingStatus.Draft or ListingStatus.Paused))
            throw new InvalidTransitionException("listing", Code(Status), "published");
        if (UnitPriceAmount <= 0)
            throw new DomainRuleException("price_required", "Set a unit price before publishing this listing.");
        Status = Available > 0 ? ListingStatus.Active : ListingStatus.SoldOut;
        Touch(now);
        Raise(new ListingPublished(Id, GrowerId, now));
    }

    public void Pause(DateTimeOffset now)
    {
        if (Status is not (ListingStatus.Active or ListingStatus.SoldOut))
            throw new InvalidTransitionException("listing", Code(Status), "paused");
        Status = ListingStatus.Paused;
        Touch(now);
        Raise(new ListingChanged(Id, now));
    }

    public void Archive(DateTimeOffset now)
    {
        EnsureNotArchived("archived");
        Status = ListingStatus.Archived;
        Touch(now);
        Raise(new ListingChanged(Id, now));
    }

    /// <summary>Stock arriving from harvest or purchase.</summary>
    public void Receive(decimal quantity, string? reason, Guid by, DateTimeOffset now)
    {
        EnsurePositive(quantity);
        EnsureNotArchived("restocked");
        ChangeStock(StockMovementKind.Received, quantity, 0, null, reason, by, now);
    }

    /// <summary>A correction to on-hand stock (count, spoilage); may be negative but never below what is reserved.</summary>
    public void Adjust(decimal delta, string? reason, Guid by, DateTimeOffset now)
    {
        if (delta == 0) throw new DomainRuleException("invalid_quantity", "An adjustment must change the stock.");
        EnsureNotArchived("adjusted");
        if (OnHand + delta < Reserved)
            throw new DomainRuleException("insufficient_stock",
                $"Adjusting by {delta} would leave {OnHand + delta} on hand, below the {Reserved} reserved for orders.");
        ChangeStock(StockMovementKind.Adjusted, delta, 0, null, reason, by, now);
    }

    public void Reserve(decimal quantity, Guid orderId, Guid by, DateTimeOffset now)
    {
        EnsurePositive(quantity);
        if (quantity > Available)
            throw new DomainRuleException("insufficient_stock", $"Only {Available} of '{Title}' is available.");
        ChangeStock(StockMovementKind.Reserved, 0, quantity, orderId, null, by, now);
    }

    public void Release(decimal quantity, Guid orderId, Guid by, DateTimeOffset now)
    {
        EnsurePositive(quantity);
        if (quantity > Reserved)
            throw new DomainRuleException("insufficient_reserved", $"Cannot release {quantity}; only {Reserved} is reserved.");
        ChangeStock(StockMovementKind.Released, 0, -quantity, orderId, null, by, now);
    }

    /// <summary>A reservation becomes a sale: it leaves both on-hand and reserved.</summary>
    public void Sell(decimal quantity, Guid orderId, Guid by, DateTimeOffset now)
    {
        EnsurePositive(quantity);
        if (quantity > Reserved)
            throw new DomainRuleException("insufficient_reserved", $"Cannot sell {quantity}; only {Reserved} is reserved.");
        ChangeStock(StockMovementKind.Sold, -quantity, -quantity, orderId, null, by, now);
    }

    private bool IsLow => Available <= LowStockThreshold;

    private void ChangeStock(StockMovementKind kind, decimal onHandDelta, decimal reservedDelta, Guid? orderId,
        string? reason, Guid by, DateTimeOffset now)
    {
        var wasLow = IsLow;
        OnHand += onHandDelta;
        Reserved += reservedDelta;
        var quantity = kind is StockMovementKind.Reserved or StockMovementKind.Released ? reservedDelta : onHandDelta;
        MovementCount++;
        _newMovements.Add(new StockMovement(Id, MovementCount, kind, quantity, OnHand, Reserved, orderId, reason, by, now));
        FollowStock(now);
        RaiseLowStockIfCrossed(wasLow, now);
        Touch(now);
    }

    private void FollowStock(DateTimeOffset now)
    {
        if (Status == ListingStatus.Active && Available <= 0)
        {
            Status = ListingStatus.SoldOut;
            Raise(new ListingSoldOut(Id, GrowerId, now));
        }
        else if (Status == ListingStatus.SoldOut && Available > 0)
        {
            Status = ListingStatus.Active;
            Raise(new ListingChanged(Id, now));
        }
    }

    private void RaiseLowStockIfCrossed(bool wasLow, DateTimeOffset now)
    {
        if (!wasLow && IsLow && Available > 0)
            Raise(new ListingLowStock(Id, GrowerId, Available, LowStockThreshold, now));
    }

    private void Apply(ListingDetails details, bool requirePrice = true)
    {
        if (details.UnitPrice.Amount < 0 || (requirePrice && details.UnitPrice.Amount == 0))
            throw new DomainRuleException("invalid_price", "The unit price must be greater than zero.");
        if (details.Delivery.Fee is { } fee && fee.Currency != details.UnitPrice.Currency)
            throw new DomainRuleException("currency_mismatch", "The delivery fee must be in the listing's currency.");
        Title = details.Title;
        Category = details.Category;
        ProductType = details.ProductType;
        Variety = details.Variety;
        Description = details.Description;
        GrowingMethod = details.GrowingMethod;
        Certifications = [.. details.Certifications.Distinct()];
        Grade = details.Grade;
        Unit = details.Unit;
        UnitPriceAmount = details.UnitPrice.Amount;
        Currency = details.UnitPrice.Currency;
        BulkDiscounts = [.. details.BulkDiscounts.OrderBy(d => d.MinQuantity)];
        MinimumOrderQuantity = details.MinimumOrderQuantity;
        LowStockThreshold = details.LowStockThreshold;
        HarvestDate = details.HarvestDate;
        AvailableFrom = details.AvailableFrom;
        AvailableUntil = details.AvailableUntil;
        ShelfLifeDays = details.ShelfLifeDays;
        OffersPickup = details.Delivery.Pickup;
        OffersDelivery = details.Delivery.Delivery;
        DeliveryRadiusMiles = details.Delivery.RadiusMiles;
        DeliveryFeeAmount = details.Delivery.Fee?.Amount;
        City = details.Location.City;
        State = details.Location.State;
        PostalCode = details.Location.PostalCode;
        Latitude = details.Location.Latitude;
        Longitude = details.Location.Longitude;
        ColdChainRequired = details.ColdChainRequired;
        Sustainability = details.Sustainability;
        RefreshSearchText();
    }

    private void RefreshSearchText() =>
        SearchText = string.Join(' ', new[] { Title, ProductType, Variety, Description, FarmName, City }
            .SelectMany(SearchWords.Split).Distinct(StringComparer.Ordinal));

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }

    private void EnsureNotArchived(string action)
    {
        if (Status == ListingStatus.Archived) throw new InvalidTransitionException("listing", "archived", action);
    }

    private static void EnsurePositive(decimal quantity)
    {
        if (quantity <= 0) throw new DomainRuleException("invalid_quantity", "Quantity must be greater than zero.");
    }

    private static string Code(ListingStatus status) => EnumCode<ListingStatus>.ToCode(status);
}
