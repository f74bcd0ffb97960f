namespace Dispatch.Server.Records.Projection;

/// <summary>One call, transport or referral as the record keeps it: the searchable columns and the whole snapshot.</summary>
public sealed record RecordCase(
    string Id,
    string Kind,
    string? Number,
    long Version,
    string State,
    bool Final,
    int? Priority,
    string? PatientLine,
    string? CallerPhone,
    string? FacilityId,
    string? HospitalId,
    string? VehicleId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt,
    string Snapshot);

/// <summary>One transition of a case, keyed by the audit stream entry that carried it.</summary>
public sealed record RecordTransition(
    string CaseId,
    string StreamId,
    string Action,
    string Actor,
    string Role,
    DateTimeOffset At,
    string FromState,
    string ToState,
    string? Reason);

/// <summary>What the projector read from Redis for one case.</summary>
public sealed record CaseChange(RecordCase Case, IReadOnlyList<RecordTransition> Transitions);

public static class RecordKinds
{
    public const string Call = "call";
    public const string Transport = "transport";
    public const string Referral = "referral";
}
