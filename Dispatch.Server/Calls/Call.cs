using System.Text.Json.Serialization;
using Dispatch.Server.Contract;
using Dispatch.Server.Regions;

namespace Dispatch.Server.Calls;

[JsonConverter(typeof(WireEnumConverter<CallKind>))]
public enum CallKind
{
    /// <summary>A 120 emergency call, served by ambulances.</summary>
    Emergency,
    /// <summary>A non-emergency transport (hotline or doctor), served only by the non-emergency fleet.</summary>
    Transport,
}

[JsonConverter(typeof(WireEnumConverter<CallStatus>))]
public enum CallStatus
{
    Queued,
    Dispatched,
    EnRoute,
    OnScene,
    Transporting,
    AtHospital,
    Completed,
    Cancelled,
}

/// <summary>EMS timestamps of a call, set once each, in the order a mission runs.</summary>
public sealed record CallTimestamps
{
    public DateTimeOffset Received { get; init; }
    public DateTimeOffset? Dispatched { get; init; }
    public DateTimeOffset? EnRoute { get; init; }
    public DateTimeOffset? OnScene { get; init; }
    public DateTimeOffset? LeftScene { get; init; }
    public DateTimeOffset? AtHospital { get; init; }
    public DateTimeOffset? BackInService { get; init; }
}

/// <summary>A 120 call or a non-emergency transport request, from intake to the vehicle back in service.</summary>
public sealed record Call
{
    public required string Id { get; init; }
    public required CallKind Kind { get; init; }
    public required GeoPoint Location { get; init; }
    public string? Address { get; init; }
    public required string ChiefComplaint { get; init; }
    /// <summary>1 is the most urgent, 4 the least.</summary>
    public required int Priority { get; init; }
    public string? CallerPhone { get; init; }
    public IReadOnlyList<string> RequiredEquipment { get; init; } = [];
    public bool WheelchairNeeded { get; init; }
    /// <summary>The vehicle type to send first when one is in reach (ALS for a chest pain, say); null: the nearest suitable.</summary>
    public string? VehicleType { get; init; }
    /// <summary>The complaint category the intake defaults came from (chestPain, stroke, trauma, dyspnoea, obstetric, paediatric, other).</summary>
    public string? Category { get; init; }
    public CallStatus Status { get; init; } = CallStatus.Queued;
    public string? VehicleId { get; init; }
    public string? DestinationHospitalId { get; init; }
    public string? CancelReason { get; init; }
    /// <summary>The green-channel referral now carrying this patient; while it runs, the crew reports on the referral.</summary>
    public string? ReferralId { get; init; }
    /// <summary>When the call was handed to <see cref="ReferralId"/>.</summary>
    public DateTimeOffset? ReferredAt { get; init; }
    public required string TakenBy { get; init; }
    /// <summary>Dispatcher actions that changed the call after intake (reassigned, cancelled), oldest first, with their reasons.</summary>
    public IReadOnlyList<CallNote> Notes { get; init; } = [];
    /// <summary>What a dispatcher may do with the call now (<see cref="CallActions"/>); computed, never stored as the truth.</summary>
    public IReadOnlyList<CallAction> PermittedActions => CallActions.For(this);
    public required CallTimestamps Timestamps { get; init; }
    public long Version { get; init; }

    public bool IsOpen => Status is not (CallStatus.Completed or CallStatus.Cancelled);

    /// <summary>The call as it is once no referral carries its patient any more (it fell through, or never got stored).</summary>
    public Call WithoutReferral() => this with { ReferralId = null, ReferredAt = null };

    /// <summary>Seconds from dispatch to the crew rolling; the norm is at most three minutes.</summary>
    public double? DepartureSeconds => Timestamps is { Dispatched: { } d, EnRoute: { } e } ? (e - d).TotalSeconds : null;

    /// <summary>Seconds from the call to the crew on scene.</summary>
    public double? ResponseSeconds => Timestamps.OnScene is { } s ? (s - Timestamps.Received).TotalSeconds : null;
}
