using System.Globalization;
using Dispatch.Server.Commands;
using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Workflow;

namespace Dispatch.Server.Registry.Referrals;

/// <summary>
/// The history of referrals raised for a registered person, as a durable outbox: every stored version of such a
/// referral (requested, accepted where, handed over, cancelled) adds an entry to a Redis stream in the same atomic
/// write as the referral itself, so a crash between the two cannot lose it. <see cref="RegisterOutboxRelay"/> copies
/// the entries into the register.
/// </summary>
public sealed class RegisterOutbox : IReferralFollower
{
    public const string Key = "dispatch:outbox:register-referrals";

    public void Stage(AtomicCommit commit, Referral after, IReadOnlyList<TransitionRecord> transitions)
    {
        if (after.Request.PersonId is not { } raw || !Guid.TryParse(raw, out var personId) || transitions.Count == 0) return;
        commit.StreamAdd(Key,
            "referral", after.Id,
            "version", after.Version.ToString(CultureInfo.InvariantCulture),
            "person", personId.ToString(),
            "at", transitions[^1].At.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            "state", after.State.ToString(),
            "hospital", after.AcceptedHospitalId ?? after.OfferedHospitalId ?? "",
            "reason", after.Reason ?? "");
    }
}
