namespace Marketplace.Domain.StandingOrders;

/// <summary>How often a standing order delivers: `weekly`, `biweekly` (every 14 days) or `monthly` (same day of the month).</summary>
public enum StandingOrderFrequency { Weekly, Biweekly, Monthly }

/// <summary>Where a standing order is: `active` (cycles are placed), `paused` (none are) or `cancelled` (final).</summary>
public enum StandingOrderStatus { Active, Paused, Cancelled }

/// <summary>What a cycle does when some lines cannot be filled: `skip` the whole cycle (default) or `place_available` lines only.</summary>
public enum PartialPolicy { Skip, PlaceAvailable }

/// <summary>What became of one cycle: `placed` (orders exist) or `skipped` (with a reason).</summary>
public enum CycleStatus { Placed, Skipped }
