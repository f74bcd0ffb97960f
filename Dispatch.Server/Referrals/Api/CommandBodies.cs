namespace Dispatch.Server.Referrals.Api;

/// <summary>Body of decline, cancel, escalate and fail: why.</summary>
public sealed record ReasonBody(string Reason);

/// <summary>
/// Body of a dispatcher override: the hospital to ask now. <see cref="Confirmed"/> is true once the dispatcher has seen the
/// warning naming why that hospital fails its check (a 409 "hospital-check-failed" without it).
/// </summary>
public sealed record OfferBody(string HospitalId, bool Confirmed = false);

/// <summary>Body of offer-parallel: how many of the top-ranked capable hospitals to ask at once (2 to 10).</summary>
public sealed record ParallelOfferBody(int Count);

/// <summary>
/// Body of assign-vehicle; a reason is asked for when it replaces a vehicle already assigned. <see cref="ConfirmCoverageGap"/>:
/// the township the dispatcher agreed to leave without an ambulance (asked for with a 409 <c>coverageGap</c> problem).
/// </summary>
public sealed record AssignVehicleBody(string VehicleId, string? Reason = null, string? ConfirmCoverageGap = null);

/// <summary>
/// Optional body of accept. <see cref="Confirmed"/> is true once the hospital has seen that its count shows no free bed
/// of the needed capability and takes the patient all the same (a 409 "no-free-bed" without it).
/// </summary>
public sealed record AcceptBody(bool Confirmed = false);
