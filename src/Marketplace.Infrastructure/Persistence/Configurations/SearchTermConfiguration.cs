using Marketplace.Domain.Listings;
using Marketplace.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence.Configurations;

internal sealed class SearchTermConfiguration : IEntityTypeConfiguration<SearchTerm>
{
    public void Configure(EntityTypeBuilder<SearchTerm> term)
    {
        term.ToTable("marketplace_search_terms");
        term.HasKey(t => t.Term);
        term.Property(t => t.Term).HasMaxLength(SearchWords.MaxTermLength);
        term.Property(t => t.Prefix).HasMaxLength(2);
        term.Property(t => t.Suffix).HasMaxLength(2);
        // Candidates one edit away: same first two letters or same last two, length within one.
        term.HasIndex(t => new { t.Prefix, t.Length });
        term.HasIndex(t => new { t.Suffix, t.Length });
    }
}
