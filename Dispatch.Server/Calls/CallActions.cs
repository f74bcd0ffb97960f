namespace Dispatch.Server.Calls;

/// <summary>
/// What a dispatcher may do with a call right now, named as the console names its buttons. The console draws its
/// buttons from this list, so it cannot offer what the server would refuse, nor hide what the server allows.
/// </summary>
public static class CallActions
{
    /// <summary>How a dispatcher action is named in a call's notes.</summary>
    public const string Reassign = "reassign";
    public const string Cancel = "cancel";

    public static IReadOnlyList<CallAction> For(Call call)
    {
        var actions = new List<CallAction>(3);
        // While a referral carries the patient the crew reports on the referral, and the referral is what changes.
        if (call.ReferralId is not null || !call.IsOpen) return actions;
        if (call.Status == CallStatus.Queued) actions.Add(CallAction.Assign);
        if (call.VehicleId is not null && MayReassign(call.Status)) actions.Add(CallAction.Reassign);
        if (call.Kind == CallKind.Emergency && call.VehicleId is not null && call.Status is CallStatus.Dispatched or CallStatus.EnRoute or CallStatus.OnScene)
            actions.Add(CallAction.Refer);
        // With the patient aboard the crew completes the mission; the server refuses a cancellation then.
        if (call.Status is not (CallStatus.Transporting or CallStatus.AtHospital)) actions.Add(CallAction.Cancel);
        return actions;
    }

    /// <summary>Another vehicle may take over until the first one has reached the patient.</summary>
    public static bool MayReassign(CallStatus status) => status is CallStatus.Dispatched or CallStatus.EnRoute;
}

/// <summary>A button a dispatcher may press on a call now.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Contract.WireEnumConverter<CallAction>))]
public enum CallAction
{
    Assign,
    Reassign,
    Cancel,
    /// <summary>Raise a green-channel referral from the scene.</summary>
    Refer,
}

/// <summary>One dispatcher action on a call, kept with the call: who did what, when and why.</summary>
public sealed record CallNote(string Action, string Actor, DateTimeOffset At, string? Reason = null, string? VehicleId = null, string? PreviousVehicleId = null);
