namespace Dispatch.Server.Records.Reports;

/// <summary>A count under a name (an outcome, a hospital, a reason).</summary>
public sealed record Tally(string Key, long Count);

/// <summary>p50 and p90 of a duration in seconds, over <see cref="Count"/> cases (null when there were none).</summary>
public sealed record Spread(long Count, double? P50Seconds, double? P90Seconds);

/// <summary>Referrals of one hospital by outcome.</summary>
public sealed record HospitalOutcomes(string HospitalId, long Total, IReadOnlyList<Tally> ByOutcome);

/// <summary>Escalated referrals and how each ended.</summary>
public sealed record Escalations(long Count, IReadOnlyList<Tally> ResolvedAs);

/// <summary>
/// A shift or any period: what came in, how it ended, how fast the centre moved, and where referrals went. Cases
/// are counted by the time they came in (created within [From, To)).
/// </summary>
public sealed record ShiftReport(
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<Tally> CallsByOutcome,
    IReadOnlyList<Tally> TransportsByOutcome,
    IReadOnlyList<Tally> ReferralsByOutcome,
    long Departures,
    long DeparturesWithin3Minutes,
    double? DepartureWithin3MinutesRate,
    Spread ResponseTime,
    Spread RequestToAcceptance,
    Escalations Escalations,
    IReadOnlyList<HospitalOutcomes> ReferralsByHospital,
    IReadOnlyList<Tally> DeclinesByReason);
