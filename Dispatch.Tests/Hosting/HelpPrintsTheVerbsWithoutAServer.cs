using System.Diagnostics;
using Dispatch.Tests.Infrastructure;

namespace Dispatch.Tests.Hosting;

/// <summary>
/// Asking the executable for help must not start the server: no Redis is configured here, so a server would wait for
/// it until the deadline.
/// </summary>
public sealed class HelpPrintsTheVerbsWithoutAServer
{
    [TestCase("--help")]
    [TestCase("-h")]
    [TestCase("serve", "--help")]
    public async Task Help_lists_the_verbs_and_exits(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [RepoPaths.ServerDll, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(RepoPaths.ServerDll)!,
        };
        // A port nobody listens on: if help started the server, it would never become ready.
        start.Environment["Redis__Configuration"] = $"127.0.0.1:{FreePort.Next()},connectTimeout=200";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"`{string.Join(' ', args)}` was still running after 30 s: it started the server instead of printing help.");
        }

        Assert.That(process.ExitCode, Is.Zero);
        var text = await output;
        var expected = args[0] == "serve" ? new[] { "serve" } : new[] { "serve", "simulate", "loadtest", "bench", "bench-scale", "bench-referrals", "soak", "route", "hash-password" };
        foreach (var verb in expected) Assert.That(text, Does.Contain(verb), text);
    }
}
