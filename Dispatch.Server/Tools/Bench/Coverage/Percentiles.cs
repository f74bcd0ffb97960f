using System.Diagnostics;
using System.Globalization;

namespace Dispatch.Server.Tools.Bench.Coverage;

internal sealed record Percentiles(double P50, double P99, double Worst, int Samples)
{
    /// <summary>Long enough for the runtime to recompile the hot loops with full optimisation (tiered compilation).</summary>
    public static readonly TimeSpan SteadyAfter = TimeSpan.FromSeconds(2);

    public static Percentiles Of(IReadOnlyCollection<double> samples)
    {
        var sorted = samples.Order().ToArray();
        double At(double q) => sorted[Math.Min(sorted.Length - 1, Math.Max(0, (int)Math.Ceiling(q * sorted.Length) - 1))];
        return new Percentiles(At(0.5), At(0.99), sorted[^1], sorted.Length);
    }

    /// <summary>Runs <paramref name="work"/> <paramref name="rounds"/> times after a short warm-up, in milliseconds.</summary>
    /// <param name="warmUp">Warm-up rounds, called with -1, -2, ... so that they can use inputs the timed rounds do not.</param>
    /// <param name="steadyAfter">
    /// Keep warming up (cycling through the same warm-up inputs) until this much time has passed, so that the timed
    /// rounds see the code the runtime has optimised, as a server that has been running does.
    /// </param>
    public static Percentiles Time(int rounds, Action<int> work, int warmUp = 3, TimeSpan steadyAfter = default) =>
        Time(rounds, work, warmUp, steadyAfter, out _);

    /// <inheritdoc cref="Time(int, Action{int}, int, TimeSpan)"/>
    /// <param name="cold">The warm-up rounds' own times: what the first runs after a start cost.</param>
    public static Percentiles Time(int rounds, Action<int> work, int warmUp, TimeSpan steadyAfter, out Percentiles cold)
    {
        var warm = new List<double>();
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < warmUp || (warmUp > 0 && Stopwatch.GetElapsedTime(started) < steadyAfter); i++)
            warm.Add(Timed(work, -1 - i % Math.Max(1, warmUp)));
        cold = warm.Count > 0 ? Of(warm) : new Percentiles(double.NaN, double.NaN, double.NaN, 0);
        var samples = new List<double>(rounds);
        for (var i = 0; i < rounds; i++) samples.Add(Timed(work, i));
        return Of(samples);
    }

    private static double Timed(Action<int> work, int i)
    {
        var t0 = Stopwatch.GetTimestamp();
        work(i);
        return Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
    }

    public static string Ms(double ms) => ms.ToString(ms < 10 ? "0.000" : "0.0", CultureInfo.InvariantCulture) + " ms";
}
