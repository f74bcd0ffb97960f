using System.CommandLine;
using Dispatch.Server.Tools.Load;
using Dispatch.Server.Regions;

namespace Dispatch.Server.Tools.Bench.Referrals;

/// <summary>
/// <c>bench-referrals</c>: drives whole green-channel transfers through the real HTTP API of a throwaway server on
/// a durable Redis (AOF, fsync on every write) and prints p50/p99 per transition and transitions per second,
/// for one client at a time (the baseline) and for many clients at once, side by side.
/// </summary>
public static class TransitionBenchCommand
{
    public static Command Create()
    {
        var referrals = new Option<int>("--referrals") { Description = "Transfers in the concurrent phase", DefaultValueFactory = _ => 200 };
        var concurrency = new Option<int>("--concurrency") { Description = "Clients at once in the concurrent phase", DefaultValueFactory = _ => 16 };
        var baseline = new Option<int>("--baseline-referrals") { Description = "Transfers run one at a time first", DefaultValueFactory = _ => 40 };
        var warmupReferrals = new Option<int>("--warmup-referrals") { Description = "Unmeasured transfers played first", DefaultValueFactory = _ => 20 };
        var regionPath = new Option<string?>("--region") { Description = "Region to copy (default: the bundled demo region)" };
        var command = new Command("bench-referrals", "Benchmark referral transitions through the API with durable Redis persistence")
            { referrals, concurrency, baseline, warmupReferrals, regionPath };
        command.SetAction(async (parse, ct) =>
        {
            var total = parse.GetValue(referrals);
            var parallel = parse.GetValue(concurrency);
            var sequential = parse.GetValue(baseline);
            if (total < 1 || parallel < 1 || sequential < 1 || total > 5000)
            {
                Console.Error.WriteLine("--referrals (1–5000), --concurrency and --baseline-referrals must be positive.");
                return 1;
            }
            var source = parse.GetValue(regionPath) ?? Region.FindBundled() ?? throw new InvalidOperationException("No region found.");
            using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
            budget.CancelAfter(TimeSpan.FromMinutes(15));
            var warmup = Math.Max(0, parse.GetValue(warmupReferrals));
            // Every transfer gets a vehicle of its own, so no transfer waits for another's vehicle to come back.
            await using var deployment = await OwnDeployment.StartAsync(source, warmup + sequential + total, Console.Out, budget.Token);
            var transfers = new TransferDriver(deployment.Target, Region.Load(source));

            // Unmeasured transfers first, so the figures are of a warmed-up server (tiered JIT), not of its first seconds.
            Console.WriteLine($"Warming up with {warmup} transfers…");
            await transfers.RunAsync(Enumerable.Range(0, warmup).ToList(), 1, new TransitionTimings(), budget.Token);
            Console.WriteLine($"Baseline: {sequential} transfers, one client…");
            var one = new TransitionTimings();
            await transfers.RunAsync(Enumerable.Range(warmup, sequential).ToList(), 1, one, budget.Token);
            Console.WriteLine($"Concurrent: {total} transfers, {parallel} clients…");
            var many = new TransitionTimings();
            await transfers.RunAsync(Enumerable.Range(warmup + sequential, total).ToList(), parallel, many, budget.Token);

            TransitionReport.Print(Console.Out, one, many, parallel);
            return one.Errors + many.Errors == 0 ? 0 : 2;
        });
        return command;
    }
}
