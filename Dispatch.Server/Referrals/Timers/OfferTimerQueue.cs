using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Persistence;
using StackExchange.Redis;

namespace Dispatch.Server.Referrals.Timers;

/// <summary>
/// The offer countdowns in a Redis sorted set (due time as score). A due timer is claimed with ZREM:
/// only the caller that removed it acts, so two pollers (or two server instances) never fire it twice.
/// </summary>
public sealed class OfferTimerQueue(IConnectionMultiplexer redis)
{
    private IDatabase Db => redis.GetDatabase();

    public async Task<IReadOnlyList<string>> DueAsync(DateTimeOffset now, int max) =>
        (await Db.SortedSetRangeByScoreAsync(ReferralKeys.OfferTimers, double.NegativeInfinity, now.ToUnixTimeMilliseconds(), take: max))
        .Select(v => (string)v!).ToList();

    /// <returns>true for exactly one caller per timer.</returns>
    public Task<bool> ClaimAsync(string member) => Db.SortedSetRemoveAsync(ReferralKeys.OfferTimers, member);

    /// <summary>Re-adds the countdown of an offered referral if it is missing (e.g. claimed by a process that then died).</summary>
    public async Task<bool> EnsureAsync(Referral referral)
    {
        if (ReferralStore.OfferTimer(referral) is not { } timer) return false;
        return await Db.SortedSetAddAsync(ReferralKeys.OfferTimers, timer.Member, timer.DueMs, SortedSetWhen.NotExists);
    }

    /// <summary>When the earliest countdown ends, or null when none is running.</summary>
    public async Task<DateTimeOffset?> NextDueAsync()
    {
        var first = await Db.SortedSetRangeByRankWithScoresAsync(ReferralKeys.OfferTimers, 0, 0);
        return first.Length == 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds((long)first[0].Score);
    }

    public async Task<long> CountAsync() => await Db.SortedSetLengthAsync(ReferralKeys.OfferTimers);
}
