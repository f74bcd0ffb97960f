using StackExchange.Redis;

namespace Dispatch.Server.Coverage.Live;

/// <summary>
/// The covered share over the shift (the last 12 hours, as the shift figures): one sample per minute kept in Redis, so
/// every instance and a restart see the same history; the mean of the minutes sampled.
/// </summary>
public sealed class ShiftCoverage(IConnectionMultiplexer redis, TimeProvider clock)
{
    public const string Key = "dispatch:coverage:shift";
    private static readonly TimeSpan Shift = TimeSpan.FromHours(12);
    private long _lastMinute = -1;
    private double? _mean;

    public async Task<double?> RecordAsync(double share)
    {
        var minute = clock.GetUtcNow().ToUnixTimeSeconds() / 60;
        var db = redis.GetDatabase();
        await db.HashSetAsync(Key, minute, share.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        if (minute == _lastMinute && _mean is not null) return _mean;
        _lastMinute = minute;
        var oldest = minute - (long)Shift.TotalMinutes;
        var samples = new List<double>();
        var expired = new List<RedisValue>();
        foreach (var entry in await db.HashGetAllAsync(Key))
        {
            if ((long)entry.Name < oldest) { expired.Add(entry.Name); continue; }
            if (double.TryParse((string?)entry.Value, System.Globalization.CultureInfo.InvariantCulture, out var s)) samples.Add(s);
        }
        if (expired.Count > 0) await db.HashDeleteAsync(Key, [.. expired]);
        _mean = samples.Count > 0 ? samples.Average() : share;
        return _mean;
    }
}
