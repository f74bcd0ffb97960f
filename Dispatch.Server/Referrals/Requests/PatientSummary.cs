namespace Dispatch.Server.Referrals.Requests;

/// <summary>The minimum a receiving hospital needs to decide; no name or ID number travels with an offer.</summary>
public sealed record PatientSummary(int Age, Sex Sex, Tier Tier, string Condition, Vitals Vitals);
