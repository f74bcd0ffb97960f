using System.Diagnostics;
using System.Globalization;

namespace Dispatch.Server.Tools.Bench.Coverage;

internal sealed record Percentiles(double P50, double P99, int Samples)
{
    public static Percentiles Of(IReadOnlyCollection<double> samples)
    {
        var sorted = samples.Order().ToArray();
        double At(double q) => sorted[Math.Min(sorted.Length - 1, Math.Max(0, (int)Math.Ceiling(q * sorted.Length) - 1))];
        return new Percentiles(At(0.5), At(0.99), sorted.Length);
    }

    /// <summary>Runs <paramref name="work"/> <paramref name="rounds"/> times after a short warm-up, in milliseconds.</summary>
    public static Percentiles Time(int rounds, Action<int> work, int warmUp = 3)
    {
        for (var i = 0; i < warmUp; i++) work(-1 - i);
        var samples = new List<double>(rounds);
        for (var i = 0; i < rounds; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            work(i);
            samples.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
        }
        return Of(samples);
    }

    public static string Ms(double ms) => ms.ToString(ms < 10 ? "0.000" : "0.0", CultureInfo.InvariantCulture) + " ms";
}
