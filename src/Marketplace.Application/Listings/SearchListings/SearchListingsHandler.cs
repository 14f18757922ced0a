using Marketplace.Application.Users;

namespace Marketplace.Application.Listings.SearchListings;

/// <summary>Parses the query once into <see cref="BoardCriteria"/> and reads the page from <see cref="ProduceBoard"/>.</summary>
public sealed class SearchListingsHandler(UserDirectory users, ProduceBoard board) : IQueryHandler<SearchListingsQuery, BoardPage>
{
    public async ValueTask<BoardPage> Handle(SearchListingsQuery query, CancellationToken cancellationToken)
    {
        var callerId = query.GrowerId is null ? null : await users.FindCallerIdAsync(cancellationToken);
        return await board.PageAsync(BoardCriteria.From(query, callerId), cancellationToken);
    }
}
