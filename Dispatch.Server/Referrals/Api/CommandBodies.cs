namespace Dispatch.Server.Referrals.Api;

/// <summary>Body of decline, cancel, escalate and fail: why.</summary>
public sealed record ReasonBody(string Reason);

/// <summary>Body of a dispatcher override: the hospital to ask now.</summary>
public sealed record OfferBody(string HospitalId);

/// <summary>Body of assign-vehicle; a reason is asked for when it replaces a vehicle already assigned.</summary>
public sealed record AssignVehicleBody(string VehicleId, string? Reason = null);
