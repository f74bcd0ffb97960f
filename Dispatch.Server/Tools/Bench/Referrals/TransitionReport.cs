using System.Globalization;

namespace Dispatch.Server.Tools.Bench.Referrals;

/// <summary>The printed table: per transition kind, p50/p99 for one client and for many, and their ratio.</summary>
public static class TransitionReport
{
    private static readonly string[] Order =
        ["request + ranking", "offer", "accept", "assign vehicle", "en-route", "on-scene", "on-board", "arrived", "handover"];

    public static void Print(TextWriter output, TransitionTimings one, TransitionTimings many, int clients)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine();
        output.WriteLine($"Referral transitions over HTTP, Redis appendonly yes + appendfsync always; 1 client vs {clients} clients.");
        output.WriteLine($"| {"transition",-20} | {"1 client p50",12} | {"1 client p99",12} | {clients + " clients p50",13} | {clients + " clients p99",13} | {"p99 ratio",9} |");
        output.WriteLine($"| {new string('-', 20)} | {new string('-', 12)} | {new string('-', 12)} | {new string('-', 13)} | {new string('-', 13)} | {new string('-', 9)} |");
        foreach (var kind in Order.Append(null))
        {
            var a = one.Of(kind);
            var b = many.Of(kind);
            if (a.Count == 0 && b.Count == 0) continue;
            double p99a = TransitionTimings.Percentile(a, 0.99), p99b = TransitionTimings.Percentile(b, 0.99);
            output.WriteLine(string.Format(c, "| {0,-20} | {1,9:F2} ms | {2,9:F2} ms | {3,10:F2} ms | {4,10:F2} ms | {5,8:F2}× |",
                kind ?? "all transitions", TransitionTimings.Percentile(a, 0.5), p99a, TransitionTimings.Percentile(b, 0.5), p99b, p99b / p99a));
        }
        double rateA = one.Of(null).Count / one.Wall.TotalSeconds, rateB = many.Of(null).Count / many.Wall.TotalSeconds;
        output.WriteLine(string.Format(c, "| {0,-20} | {1,12:F0} | {2,12} | {3,13:F0} | {4,13} | {5,8:F2}× |", "transitions/s", rateA, "", rateB, "", rateB / rateA));
        output.WriteLine(string.Format(c, "errors: {0} (1 client), {1} ({2} clients). Target: p99 ≤ 20 ms per transition with durable persistence.", one.Errors, many.Errors, clients));
    }
}
