namespace Marketplace.Application.Analytics;

/// <summary>Settings the separation-readiness signals need from configuration.</summary>
public sealed record SeparationSettings(long? CoreRequestsPerDay, int DivergentFeatures, IReadOnlyList<string> DivergentFeatureNames);
