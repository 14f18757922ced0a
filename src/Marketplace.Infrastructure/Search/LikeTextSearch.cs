using System.Linq.Expressions;
using Marketplace.Application.Common.Ports;
using Marketplace.Domain.Listings;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Search;

/// <summary>
/// SQL Server's fallback (docs/decisions/0040): full-text search is missing from many editions, so each word, cut to
/// a light English stem (<c>tomatoes</c> → <c>tomato</c>, <c>strawberry</c> → <c>strawberr</c>), is a LIKE over the
/// folded <see cref="Listing.SearchText"/>. A word scores by the best field that holds it, as on SQLite.
/// </summary>
internal sealed class LikeTextSearch(MarketplaceDbContext db) : IListingTextSearch
{
    public IQueryable<TextMatch> Match(IReadOnlyList<string> words)
    {
        var listings = db.Listings.AsNoTracking();
        var stems = words.Select(Stem).ToList();
        foreach (var stem in stems)
        {
            var pattern = "%" + stem + "%";
            listings = listings.Where(l => EF.Functions.Like(l.SearchText, pattern));
        }
        return listings.Select(Ranked(stems));
    }

    /// <summary>Σ per word: 8 if the title holds it, else 4 product type or variety, else 2 farm or city, else 1.</summary>
    private static Expression<Func<Listing, TextMatch>> Ranked(List<string> stems)
    {
        var listing = Expression.Parameter(typeof(Listing), "l");
        Expression rank = Expression.Constant(0.0);
        foreach (var stem in stems)
        {
            var pattern = Expression.Constant("%" + stem + "%");
            Expression score = Expression.Constant(1.0);
            foreach (var (fields, weight) in new[] { (new[] { nameof(Listing.FarmName), nameof(Listing.City) }, 2.0),
                         (new[] { nameof(Listing.ProductType), nameof(Listing.Variety) }, 4.0), (new[] { nameof(Listing.Title) }, 8.0) })
            {
                var holds = fields.Select(f => (Expression)Expression.Call(typeof(DbFunctionsExtensions), nameof(DbFunctionsExtensions.Like), null,
                        Expression.Constant(EF.Functions), Expression.Property(listing, f), pattern))
                    .Aggregate(Expression.OrElse);
                score = Expression.Condition(holds, Expression.Constant(weight), score);
            }
            rank = Expression.Add(rank, score);
        }
        var body = Expression.MemberInit(Expression.New(typeof(TextMatch)),
            Expression.Bind(typeof(TextMatch).GetProperty(nameof(TextMatch.ListingId))!, Expression.Property(listing, nameof(Listing.Id))),
            Expression.Bind(typeof(TextMatch).GetProperty(nameof(TextMatch.Rank))!, rank));
        return Expression.Lambda<Func<Listing, TextMatch>>(body, listing);
    }

    /// <summary>A light English stem: plural and -y endings dropped, so singular and plural share a prefix.</summary>
    internal static string Stem(string word)
    {
        if (word.Length <= 3) return word;
        if (word.EndsWith("ies", StringComparison.Ordinal)) return word[..^3];
        if (word.EndsWith("oes", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal)
            || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)) return word[..^2];
        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)) return word[..^1];
        if (word.EndsWith('y')) return word[..^1];
        return word;
    }
}
