using Dapper;
using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Push;
using Dispatch.Server.Registry.Persistence;

namespace Dispatch.Server.Registry.Referrals;

/// <summary>
/// Keeps the history of referrals raised for a registered person: every stored version of such a referral (requested,
/// accepted where, handed over, cancelled) is written beside the person, once per version however often it is pushed.
/// </summary>
public sealed class RegisterFollowsReferral(IReferralNotifier inner, RegisterDb db, ILogger<RegisterFollowsReferral> log) : IReferralNotifier
{
    public async Task ChangedAsync(Referral? before, Referral after, IReadOnlyList<TransitionRecord> transitions, CancellationToken ct)
    {
        // The person's history is written before the push, so a console that rereads the person on the push finds it.
        await NoteAsync(after, transitions, ct);
        await inner.ChangedAsync(before, after, transitions, ct);
    }

    private async Task NoteAsync(Referral after, IReadOnlyList<TransitionRecord> transitions, CancellationToken ct)
    {
        if (after.Request.PersonId is not { } raw || !Guid.TryParse(raw, out var personId) || transitions.Count == 0) return;
        try
        {
            await using var connection = await db.OpenAsync(ct);
            await connection.ExecuteAsync("""
                INSERT INTO register_referral_event (referral_id, version, person_id, at, state, hospital_id, reason)
                SELECT @Id, @Version, @personId, @At, @State, @Hospital, @Reason
                WHERE EXISTS (SELECT 1 FROM register_person WHERE id = @personId)
                ON CONFLICT (referral_id, version) DO NOTHING
                """, new
            {
                after.Id, after.Version, personId, At = transitions[^1].At.UtcDateTime, State = after.State.ToString(),
                Hospital = after.AcceptedHospitalId ?? after.OfferedHospitalId, after.Reason,
            });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The referral itself is stored and pushed; only the person's history line is missing. No personal data logged.
            log.LogWarning(e, "Could not note referral {Id} v{Version} in the register", after.Id, after.Version);
        }
    }
}
