using Marketplace.Application.Users;
using Marketplace.Domain.Listings;

namespace Marketplace.Application.Listings;

/// <summary>One listing. Drafts and archived listings are visible to their grower only.</summary>
[AllowAnonymousRequest]
public sealed record GetListingQuery(Guid Id) : IQuery<ListingResponse>;

public sealed class GetListingValidator : AbstractValidator<GetListingQuery>
{
    public GetListingValidator() => RuleFor(q => q.Id).NotEmpty();
}

public sealed class GetListingHandler(IMarketplaceDbContext db, UserDirectory users, ListingResponses responses) : IQueryHandler<GetListingQuery, ListingResponse>
{
    public async ValueTask<ListingResponse> Handle(GetListingQuery query, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.AsNoTracking()
            .Where(l => l.Id == query.Id)
            .ProjectToResponse()
            .FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Listing", query.Id);

        if (listing.Status is ListingStatus.Draft or ListingStatus.Archived
            && listing.GrowerId != await users.FindCallerIdAsync(cancellationToken)
            && !users.Current.IsInRole(Common.Security.Roles.Admin))
            throw new NotFoundException("Listing", query.Id);
        return (await responses.CompleteAsync([listing], cancellationToken))[0];
    }
}
