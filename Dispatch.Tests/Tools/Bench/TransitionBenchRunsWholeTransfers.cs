using System.Diagnostics;
using Dispatch.Tests.Infrastructure;

namespace Dispatch.Tests.Tools.Bench;

/// <summary>The transition benchmark at a tiny scale: it plays whole transfers through the API without an error and prints its table.</summary>
[TestFixture]
public sealed class TransitionBenchRunsWholeTransfers
{
    [Test]
    public async Task A_tiny_run_completes_every_transfer_and_prints_every_transition()
    {
        var start = new ProcessStartInfo("dotnet", [RepoPaths.ServerDll, "bench-referrals", "--referrals", "4", "--concurrency", "2", "--baseline-referrals", "2", "--warmup-referrals", "2"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));

        var printed = await output;
        Assert.That(process.ExitCode, Is.Zero, printed + await errors);
        foreach (var row in new[] { "request + ranking", "accept", "assign vehicle", "on-board", "handover", "all transitions", "transitions/s" })
            Assert.That(printed, Does.Contain("| " + row), row);
        Assert.That(printed, Does.Contain("errors: 0 (1 client), 0 (2 clients)"));
    }
}
