using System.Collections.Concurrent;
using System.Diagnostics;

namespace Dispatch.Server.Tools.Bench.Referrals;

/// <summary>Latency of every transition by kind, and the wall time of the phase, for percentiles and throughput.</summary>
public sealed class TransitionTimings
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _byKind = new();
    private int _errors;
    private readonly Stopwatch _wall = new();

    public int Errors => _errors;
    public TimeSpan Wall => _wall.Elapsed;
    public IEnumerable<string> Kinds => _byKind.Keys;

    public void Start() => _wall.Start();
    public void Stop() => _wall.Stop();

    public void Record(string kind, double milliseconds) => _byKind.GetOrAdd(kind, _ => []).Add(milliseconds);

    public void Error() => Interlocked.Increment(ref _errors);

    public IReadOnlyList<double> Of(string? kind) =>
        (kind is null ? _byKind.Values.SelectMany(v => v) : _byKind.TryGetValue(kind, out var v) ? v : []).Order().ToList();

    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
