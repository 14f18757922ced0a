namespace Marketplace.Contracts;

/// <summary><c>user.profile_created</c>: a user's first <c>grower</c> or <c>buyer</c> profile.</summary>
public sealed record UserProfileCreated(Guid UserId, string Profile) : IIntegrationEventData;

/// <summary><c>review.created</c>: a buyer rated a delivered order (1 to 5).</summary>
public sealed record ReviewCreated(Guid ReviewId, Guid OrderId, Guid GrowerId, Guid BuyerId, int Rating) : IIntegrationEventData;
