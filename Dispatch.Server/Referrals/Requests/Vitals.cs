namespace Dispatch.Server.Referrals.Requests;

/// <summary>Vital signs at the time of the request; blood pressure in mmHg, SpO2 in percent.</summary>
public sealed record Vitals(
    int? SpO2,
    int? HeartRate,
    int? SystolicBp,
    int? DiastolicBp,
    int? RespiratoryRate,
    Consciousness? Consciousness);
