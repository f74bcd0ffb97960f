namespace Dispatch.Server.Records.Reports;

/// <summary>
/// One day in a fixed layout for the county health commission (fields and reasons in docs/record.md). The day is
/// the China Standard Time calendar day; cases count on the day they came in.
/// </summary>
public sealed record DailySummary(
    string Date,
    long CallsReceived,
    long EmergencyCallsCompleted,
    long EmergencyCallsCancelled,
    long TransportsReceived,
    long Departures,
    double? DepartureWithin3MinutesRate,
    double? ResponseP50Seconds,
    double? ResponseP90Seconds,
    long ReferralsRequested,
    long ReferralsHandedOver,
    long ReferralsCancelled,
    long ReferralsFailed,
    long RedTierReferrals,
    double? RequestToAcceptanceP50Seconds,
    double? RequestToAcceptanceP90Seconds,
    long Escalations,
    long EscalationsResolved,
    long CarriedOvernight,
    IReadOnlyList<HospitalOutcomes> ReferralsByHospital,
    IReadOnlyList<Tally> DeclinesByReason);
