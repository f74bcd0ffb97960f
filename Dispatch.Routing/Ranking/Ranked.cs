namespace Dispatch.Routing.Ranking;

/// <summary>
/// One ranked candidate. <see cref="Estimated"/> is true when the deadline left no time for a road query and
/// <see cref="Time"/> is a straight-line estimate instead.
/// </summary>
public sealed record Ranked<T>(T Candidate, TravelTime Time, bool Estimated)
{
    public double Minutes => Time.Minutes;
}

/// <summary>A ranking: best first, everyone left out with a reason, and whether any time is only estimated.</summary>
public sealed record Ranking<T>(IReadOnlyList<Ranked<T>> Ranked, IReadOnlyList<Exclusion> Excluded, bool Approximate, TimeSpan Elapsed);
