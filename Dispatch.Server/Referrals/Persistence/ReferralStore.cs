using System.Globalization;
using System.Text.Json;
using Dispatch.Server.Referrals.Lifecycle;
using StackExchange.Redis;

namespace Dispatch.Server.Referrals.Persistence;

/// <summary>
/// Referrals in Redis. A save is staged in a command's atomic write, so the version check, the new state, the audit
/// entries, the open-set membership, the offer countdown, the vehicle and the linked call change together or not at all.
/// Durability comes from Redis's append-only file (configured by ops).
/// </summary>
public sealed class ReferralStore(IConnectionMultiplexer redis)
{
    private IDatabase Db => redis.GetDatabase();

    public async Task<Referral?> LoadAsync(string id)
    {
        var fields = await Db.HashGetAsync(ReferralKeys.Referral(id), ["v", "json"]);
        if (fields[1].IsNullOrEmpty) return null;
        var referral = JsonSerializer.Deserialize<Referral>((string)fields[1]!, ReferralJson.Options)
            ?? throw new InvalidDataException($"Referral {id} is stored empty.");
        referral.Version = (long)fields[0];
        return referral;
    }

    /// <summary>Loads several referrals; one that can no longer be read is reported and left out, so it cannot take the others down with it.</summary>
    public async Task<IReadOnlyList<Referral>> LoadManyAsync(IEnumerable<string> ids)
    {
        var loads = ids.Select(async id =>
        {
            try
            {
                return await LoadAsync(id);
            }
            catch (Exception e) when (e is JsonException or InvalidDataException)
            {
                Unreadable?.Invoke(id, e);
                return null;
            }
        }).ToList();
        var loaded = await Task.WhenAll(loads);
        return loaded.OfType<Referral>().ToList();
    }

    /// <summary>Told about stored referrals that cannot be read (written by an incompatible version, or damaged).</summary>
    public Action<string, Exception>? Unreadable { get; set; }

    public async Task<IReadOnlyList<string>> OpenIdsAsync() =>
        (await Db.SetMembersAsync(ReferralKeys.Open)).Select(v => (string)v!).ToList();

    /// <summary>The most recently created referral ids, newest first.</summary>
    public async Task<IReadOnlyList<string>> RecentIdsAsync(int max) =>
        (await Db.SortedSetRangeByRankAsync(ReferralKeys.Index, 0, max - 1, Order.Descending)).Select(v => (string)v!).ToList();

    /// <summary>Ids of referrals created at or after <paramref name="since"/>, oldest first.</summary>
    public async Task<IReadOnlyList<string>> CreatedSinceAsync(DateTimeOffset since) =>
        (await Db.SortedSetRangeByScoreAsync(ReferralKeys.Index, since.ToUnixTimeMilliseconds(), double.PositiveInfinity)).Select(v => (string)v!).ToList();

    /// <summary>
    /// Adds the save of <paramref name="referral"/> to a command's atomic write: stored only if the stored version is
    /// still <paramref name="expectedVersion"/> (0 for a new referral); the referral must already carry its new version.
    /// The new state, the audit entries, the open-set membership, the offer countdown, the index and the bed the
    /// accepting hospital holds change with it, so an acceptance holds exactly one bed whichever instance stored it.
    /// </summary>
    public static void Stage(
        Commands.AtomicCommit commit,
        Referral referral,
        long expectedVersion,
        string? previousTimer,
        IReadOnlyList<TransitionRecord> transitions)
    {
        var key = ReferralKeys.Referral(referral.Id);
        commit.CompareAndSet(key, "v", expectedVersion.ToString(), referral.Version.ToString(), $"referral {referral.Id}", absent: "0");
        commit.HashSet(key, "state", referral.State.ToString(), "json", JsonSerializer.Serialize(referral, ReferralJson.Options));
        if (referral.State.IsTerminal()) commit.SetRemove(ReferralKeys.Open, referral.Id);
        else commit.SetAdd(ReferralKeys.Open, referral.Id);
        if (previousTimer is not null) commit.SortedSetRemove(ReferralKeys.OfferTimers, previousTimer);
        if (OfferTimer(referral) is { } timer) commit.SortedSetAdd(ReferralKeys.OfferTimers, timer.Member, timer.DueMs.ToString());
        if (BedHeld(referral) is { Length: > 0 } bed) commit.HashSet(ReferralKeys.BedsHeld, referral.Id, bed);
        else commit.HashDelete(ReferralKeys.BedsHeld, referral.Id);
        if (expectedVersion == 0) commit.SortedSetAdd(ReferralKeys.Index, referral.Id, referral.CreatedAt.ToUnixTimeMilliseconds().ToString());
        foreach (var t in transitions)
            commit.StreamAdd(ReferralKeys.Audit(referral.Id),
                "action", t.Action.ToString(), "actor", t.Actor, "role", t.Role, "at", t.At.ToString("o", CultureInfo.InvariantCulture),
                "from", t.From.ToString(), "to", t.To.ToString(), "reason", t.Reason ?? "");
    }

    /// <summary>Stores the referral alone (no vehicle or call follows it): for tools and tests of the store itself.</summary>
    public async Task<SaveOutcome> SaveAsync(Referral referral, long expectedVersion, string? previousTimer, IReadOnlyList<TransitionRecord> transitions)
    {
        var commit = new Commands.AtomicCommit();
        Stage(commit, referral, expectedVersion, previousTimer, transitions);
        var outcome = await commit.ExecuteAsync(Db);
        return new SaveOutcome(outcome.Status == Commands.CommitStatus.Committed ? SaveStatus.Saved : SaveStatus.VersionConflict);
    }

    /// <summary>
    /// The referral's bed as the hospital board counts it, "{hospital}|{capability}|held" or "|occupied"; empty once
    /// released.
    /// </summary>
    public static string BedHeld(Referral referral) => referral.ReservedBed switch
    {
        { Holds: true, OccupiedAt: null } b => $"{b.HospitalId}|{Matching.HospitalCheck.Name(b.Capability)}|held",
        { Holds: true } b => $"{b.HospitalId}|{Matching.HospitalCheck.Name(b.Capability)}|occupied",
        _ => "",
    };

    public async Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(string id)
    {
        var entries = await Db.StreamRangeAsync(ReferralKeys.Audit(id));
        return entries.Select(e =>
        {
            string F(string name) => (string?)e[name] ?? "";
            var reason = F("reason");
            return new AuditEntry(e.Id!, new TransitionRecord(
                Enum.Parse<ReferralAction>(F("action")), F("actor"), F("role"),
                DateTimeOffset.Parse(F("at"), CultureInfo.InvariantCulture),
                Enum.Parse<ReferralState>(F("from")), Enum.Parse<ReferralState>(F("to")),
                reason.Length == 0 ? null : reason));
        }).ToList();
    }

    /// <summary>The countdown member and due time the referral should have in Redis, or null if it is not being offered.</summary>
    public static (string Member, long DueMs)? OfferTimer(Referral referral) =>
        referral is { State: ReferralState.Offered, OfferExpiresAt: { } due }
            ? (ReferralKeys.TimerMember(referral.Id, referral.OfferNumber), due.ToUnixTimeMilliseconds())
            : null;
}
