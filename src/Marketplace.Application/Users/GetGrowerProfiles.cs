namespace Marketplace.Application.Users;

/// <summary>
/// Several growers' public profiles at once, for a page of listings (GraphQL's <c>listing.grower</c>): two queries
/// however many growers, the same profiles as <see cref="GetGrowerProfileQuery"/>. Unknown ids are left out.
/// </summary>
[AllowAnonymousRequest]
public sealed record GetGrowerProfilesQuery(IReadOnlyList<Guid> GrowerIds) : IQuery<IReadOnlyList<PublicGrowerProfile>>;

public sealed class GetGrowerProfilesValidator : AbstractValidator<GetGrowerProfilesQuery>
{
    public const int MaxGrowers = 500;

    public GetGrowerProfilesValidator() =>
        RuleFor(q => q.GrowerIds).NotNull().Must(ids => ids.Count <= MaxGrowers).WithMessage($"At most {MaxGrowers} growers at once.");
}

public sealed class GetGrowerProfilesHandler(IMarketplaceDbContext db) : IQueryHandler<GetGrowerProfilesQuery, IReadOnlyList<PublicGrowerProfile>>
{
    public async ValueTask<IReadOnlyList<PublicGrowerProfile>> Handle(GetGrowerProfilesQuery query, CancellationToken cancellationToken) =>
        await GrowerProfiles.LoadAsync(db, query.GrowerIds, cancellationToken);
}
