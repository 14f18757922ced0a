namespace Marketplace.Bench.Seeding;

/// <summary>Prepares a fresh benchmark database. The API's own migrations create the schema between the first two steps.</summary>
internal interface ISeeder
{
    /// <summary>Drops the benchmark database (or file) and leaves an empty one.</summary>
    Task RecreateDatabaseAsync();

    /// <summary>Inserts the growers and <paramref name="listings"/> active listings into the migrated schema.</summary>
    Task SeedAsync(int listings, DateTimeOffset now);

    /// <summary>Refreshes planner statistics.</summary>
    Task AnalyzeAsync();
}
