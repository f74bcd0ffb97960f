using Dispatch.Server.Calls;
using Dispatch.Server.Referrals.Lifecycle;

namespace Dispatch.Server.Oversight;

/// <summary>
/// One vehicle's job as the timers see it, whether it serves a 120 call, a transport or a referral: when it was
/// sent, when it rolled, when it reached the patient and when it left with them.
/// </summary>
public sealed record Mission(
    MissionCase CaseKind, string CaseId, string CaseNumber, string VehicleId,
    DateTimeOffset Dispatched, DateTimeOffset? EnRoute, DateTimeOffset? AtPatient, DateTimeOffset? LeftScene, bool Open)
{
    /// <summary>Every vehicle a call sent (its current one; a reassigned call restarts the clock for the new vehicle).</summary>
    public static Mission? Of(Call c) => c is { VehicleId: { } v, Timestamps.Dispatched: { } d }
        ? new Mission(c.Kind == CallKind.Transport ? MissionCase.Transport : MissionCase.Call, c.Id, c.Id, v, d, c.Timestamps.EnRoute, c.Timestamps.OnScene,
            c.Timestamps.LeftScene, c.IsOpen && c.ReferralId is null)
        : null;

    /// <summary>A referral's own vehicle; one that took over a 120 call's ambulance is counted with the call.</summary>
    public static Mission? Of(Referral r) => r is { CallId: null, VehicleId: { } v, Timeline.UnitNotifiedAt: { } d }
        ? new Mission(MissionCase.Referral, r.Id, r.Number ?? r.Id[..8], v, d, r.Timeline.EnRouteAt, r.Timeline.AtPatientAt, r.Timeline.PatientOnBoardAt,
            !r.State.IsTerminal())
        : null;

    public bool DepartureOverdue(DateTimeOffset now, TimeSpan limit) => Open && EnRoute is null && AtPatient is null && now - Dispatched > limit;

    public bool OnSceneOverdue(DateTimeOffset now, TimeSpan limit) => Open && AtPatient is { } at && LeftScene is null && now - at > limit;

    /// <summary>Departed within the norm (true), late or overdue (false), or still inside the norm without news (null).</summary>
    public bool? DepartedInTime(DateTimeOffset now, TimeSpan limit)
    {
        var rolled = EnRoute ?? AtPatient;
        if (rolled is { } r) return r - Dispatched <= limit;
        if (!Open) return null;   // stood down before it rolled: not a departure at all
        return now - Dispatched > limit ? false : null;
    }
}

/// <summary>What a vehicle's job serves.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Contract.WireEnumConverter<MissionCase>))]
public enum MissionCase
{
    /// <summary>A 120 emergency call.</summary>
    Call,
    /// <summary>A non-emergency transport booking.</summary>
    Transport,
    /// <summary>A green-channel referral.</summary>
    Referral,
}
