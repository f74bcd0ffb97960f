using System.Text.Json.Serialization;
using Dispatch.Server.Contract;

namespace Dispatch.Server.Referrals.Lifecycle;

/// <summary>Where a green-channel transfer stands. Stored outside the state machine so it can be rehydrated.</summary>
[JsonConverter(typeof(WireEnumConverter<ReferralState>))]
public enum ReferralState
{
    Identified,
    Requested,
    Matching,
    Offered,
    Declined,
    Escalated,
    Accepted,
    VehicleAssigned,
    EnRouteToPatient,
    InTransfer,
    ArrivedAtHospital,
    HandedOver,
    Cancelled,
    Failed,
}

public static class ReferralStateExtensions
{
    public static bool IsTerminal(this ReferralState state) =>
        state is ReferralState.HandedOver or ReferralState.Cancelled or ReferralState.Failed;
}
