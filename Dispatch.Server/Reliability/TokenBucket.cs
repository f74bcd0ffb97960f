namespace Dispatch.Server.Reliability;

/// <summary>A token bucket: <paramref name="perSecond"/> permits refill continuously up to <paramref name="burst"/>.</summary>
public sealed class TokenBucket(double perSecond, double burst, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private readonly double _burst = burst;
    private double _tokens = burst;
    private long _last = clock.GetTimestamp();

    public bool TryTake()
    {
        lock (_gate)
        {
            var now = clock.GetTimestamp();
            _tokens = Math.Min(_burst, _tokens + clock.GetElapsedTime(_last, now).TotalSeconds * perSecond);
            _last = now;
            if (_tokens < 1) return false;
            _tokens -= 1;
            return true;
        }
    }
}
