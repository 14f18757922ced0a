using Marketplace.Application.Analytics;
using Marketplace.Infrastructure.Metrics;
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
        // One integer column per latency bucket, so a day of rows is summed by the database (not parsed row by row).
        metric.Property(m => m.UpTo5Ms).HasColumnName("latency_up_to_5ms");
        metric.Property(m => m.UpTo10Ms).HasColumnName("latency_up_to_10ms");
        metric.Property(m => m.UpTo25Ms).HasColumnName("latency_up_to_25ms");
        metric.Property(m => m.UpTo50Ms).HasColumnName("latency_up_to_50ms");
        metric.Property(m => m.UpTo100Ms).HasColumnName("latency_up_to_100ms");
        metric.Property(m => m.UpTo250Ms).HasColumnName("latency_up_to_250ms");
        metric.Property(m => m.UpTo500Ms).HasColumnName("latency_up_to_500ms");
        metric.Property(m => m.UpTo1000Ms).HasColumnName("latency_up_to_1000ms");
        metric.Property(m => m.UpTo2500Ms).HasColumnName("latency_up_to_2500ms");
        metric.Property(m => m.Over2500Ms).HasColumnName("latency_over_2500ms");
    }
}
