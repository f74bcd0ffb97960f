using System.Diagnostics;
using Dispatch.Tests.Infrastructure;

namespace Dispatch.Tests.Tools.Soak;

/// <summary>The `soak` verb of the real executable, briefly: its own Redis and server, a full load mix, no error and nothing lost.</summary>
public sealed class ShortSoakLosesNothing
{
    [Test]
    public async Task A_twenty_second_soak_reports_no_errors_and_nothing_lost()
    {
        var start = new ProcessStartInfo("dotnet", [RepoPaths.ServerDll, "soak", "--duration", "20", "--vehicles", "6", "--referral-crews", "3"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(RepoPaths.ServerDll)!,
        };
        using var soak = Process.Start(start)!;
        var output = soak.StandardOutput.ReadToEndAsync();
        var errors = soak.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await soak.WaitForExitAsync(deadline.Token);
        var printout = await output + await errors;
        TestContext.Out.WriteLine(printout);

        Assert.Multiple(() =>
        {
            Assert.That(printout, Does.Contain("errors: 0"));
            Assert.That(printout, Does.Contain("lost (acknowledged, missing afterwards): 0"));
            Assert.That(printout, Does.Match(@"operations acknowledged: [1-9]\d{2,}"), "the soak did real work");
            Assert.That(printout, Does.Match(@"server memory \(working set\): start \d"), "memory is measured");
            Assert.That(soak.ExitCode, Is.Zero);
        });
    }
}
