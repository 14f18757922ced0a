using Marketplace.Application.Analytics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence.Configurations;

internal sealed class RequestMetricConfiguration : IEntityTypeConfiguration<RequestMetric>
{
    public void Configure(EntityTypeBuilder<RequestMetric> metric)
    {
        metric.ToTable("marketplace_request_metrics");
        metric.HasKey(m => new { m.Minute, m.RouteGroup, m.Instance });
        metric.Property(m => m.RouteGroup).HasMaxLength(50);
        metric.Property(m => m.Instance).HasMaxLength(100);
        metric.Property(m => m.Histogram).HasMaxLength(500);
    }
}
