namespace Dispatch.Server.Referrals.Persistence;

/// <summary>Every Redis key the referral workflow uses. All share the "dispatch:" prefix.</summary>
public static class ReferralKeys
{
    /// <summary>Hash: v (version), state, json (the whole referral).</summary>
    public static string Referral(string id) => $"dispatch:referral:{id}";

    /// <summary>Stream: one entry per transition (action, actor, role, at, from, to, reason).</summary>
    public static string Audit(string id) => $"dispatch:referral:{id}:audit";

    /// <summary>Set of referral ids not yet in a terminal state; rehydrated on start.</summary>
    public const string Open = "dispatch:referrals:open";

    /// <summary>Sorted set of every referral id, scored by creation time (unix ms), for listing.</summary>
    public const string Index = "dispatch:referrals:index";

    /// <summary>Sorted set of offer countdowns: member "{id}|{offerNumber}", score = due time (unix ms).</summary>
    public const string OfferTimers = "dispatch:referrals:offer-timers";

    /// <summary>
    /// Hash: referral id → "{hospital}|{capability}|held" (accepted, patient not yet handed over) or "|occupied" (handed over,
    /// until the hospital next reports that capability's free beds). The hospital board subtracts these from reported beds.
    /// </summary>
    public const string BedsHeld = Facilities.HospitalBoard.BedsHeldKey;

    public static string TimerMember(string id, int offerNumber) => $"{id}|{offerNumber}";

    public static bool TryParseTimerMember(string member, out string id, out int offerNumber)
    {
        var bar = member.LastIndexOf('|');
        id = bar > 0 ? member[..bar] : "";
        offerNumber = 0;
        return bar > 0 && int.TryParse(member[(bar + 1)..], out offerNumber);
    }
}
