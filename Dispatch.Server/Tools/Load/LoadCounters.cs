using System.Collections.Concurrent;

namespace Dispatch.Server.Tools.Load;

/// <summary>Running totals of the whole run; a phase reports the difference between two snapshots.</summary>
public sealed class LoadCounters
{
    public long Sent, Acked, Ignored, Errors, Behind, Delivered;
    private readonly ConcurrentDictionary<string, int> _errorKinds = new();

    public void Error(Exception e)
    {
        Interlocked.Increment(ref Errors);
        _errorKinds.AddOrUpdate($"{e.GetType().Name}: {e.Message}", 1, (_, n) => n + 1);
    }

    /// <summary>The most frequent error messages, to say why something failed rather than only how often.</summary>
    public IEnumerable<string> TopErrors(int count) =>
        _errorKinds.OrderByDescending(e => e.Value).Take(count).Select(e => $"{e.Value} × {e.Key}");

    public Snapshot Take() => new(Interlocked.Read(ref Sent), Interlocked.Read(ref Acked), Interlocked.Read(ref Ignored),
        Interlocked.Read(ref Errors), Interlocked.Read(ref Behind), Interlocked.Read(ref Delivered));

    public readonly record struct Snapshot(long Sent, long Acked, long Ignored, long Errors, long Behind, long Delivered)
    {
        public static Snapshot operator -(Snapshot a, Snapshot b) =>
            new(a.Sent - b.Sent, a.Acked - b.Acked, a.Ignored - b.Ignored, a.Errors - b.Errors, a.Behind - b.Behind, a.Delivered - b.Delivered);
    }
}
