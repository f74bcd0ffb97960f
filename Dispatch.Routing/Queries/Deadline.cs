using System.Diagnostics;

namespace Dispatch.Routing.Queries;

/// <summary>
/// When a query must stop: a wall-clock instant and/or a cancellation token. Checked with a timestamp read rather
/// than a timer, because timers cannot fire reliably at the sub-millisecond budgets ranking runs under.
/// The default value never expires.
/// </summary>
public readonly struct Deadline
{
    private readonly long _stopAt; // Stopwatch timestamp; 0 means no wall-clock limit.
    private readonly CancellationToken _token;

    private Deadline(long stopAt, CancellationToken token) { _stopAt = stopAt; _token = token; }

    public static Deadline None => default;

    public static Deadline After(TimeSpan budget, CancellationToken token = default)
    {
        var now = Stopwatch.GetTimestamp();
        var ticks = budget <= TimeSpan.Zero ? 0 : (long)Math.Min(budget.TotalSeconds * Stopwatch.Frequency, (double)(long.MaxValue / 2));
        return new Deadline(now + ticks, token);
    }

    public static implicit operator Deadline(CancellationToken token) => new(0, token);

    public bool Expired => _token.IsCancellationRequested || (_stopAt != 0 && Stopwatch.GetTimestamp() >= _stopAt);

    public TimeSpan Remaining => _stopAt == 0 ? Timeout.InfiniteTimeSpan : Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), _stopAt);

    /// <summary>A deadline a little earlier, leaving time to assemble the answer.</summary>
    public Deadline WithMargin(TimeSpan margin) =>
        _stopAt == 0 ? this : new Deadline(_stopAt - (long)(margin.TotalSeconds * Stopwatch.Frequency), _token);
}
