using Dispatch.Server.Commands;
using Dispatch.Server.Facilities;
using StackExchange.Redis;

namespace Dispatch.Server.Referrals.Matching;

/// <summary>
/// Makes an acceptance's bed decision hold across desks and server instances: each hospital's bed count carries a
/// version that every acceptance taking a bed moves on, and the acceptance's write also expects the hospital's last
/// capacity report unchanged. Of two acceptances decided on the same count, the second write fails its comparison, is
/// decided again on the new count, and no longer finds the last bed free.
/// </summary>
public sealed class BedCountGuard(IConnectionMultiplexer redis)
{
    /// <summary>Hash: hospital id → how many acceptances have taken one of its beds.</summary>
    public const string VersionKey = "dispatch:facilities:beds-version";

    /// <summary>What the decision saw, read before the hospitals' snapshot so a change after the read fails the write.</summary>
    public sealed record Seen(IReadOnlyDictionary<string, string> Versions, IReadOnlyDictionary<string, string> Reports);

    public async Task<Seen> ReadAsync()
    {
        var db = redis.GetDatabase();
        var versions = db.HashGetAllAsync(VersionKey);
        var reports = db.HashGetAllAsync(HospitalBoard.CapacityKey);
        return new Seen(ToMap(await versions), ToMap(await reports));
    }

    /// <summary>Adds to <paramref name="commit"/> the comparisons that hold the count <paramref name="seen"/> for <paramref name="hospitalId"/>.</summary>
    public static void Stage(AtomicCommit commit, Seen seen, string hospitalId)
    {
        var version = seen.Versions.GetValueOrDefault(hospitalId, "0");
        commit.CompareAndSet(VersionKey, hospitalId, version, (long.Parse(version) + 1).ToString(), $"beds of hospital {hospitalId}", absent: "0");
        commit.Expect(HospitalBoard.CapacityKey, hospitalId, seen.Reports.GetValueOrDefault(hospitalId, ""), $"hospital {hospitalId} capacity");
    }

    private static Dictionary<string, string> ToMap(HashEntry[] entries) =>
        entries.ToDictionary(e => (string)e.Name!, e => (string)e.Value!);
}
