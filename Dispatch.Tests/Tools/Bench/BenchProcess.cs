using System.Diagnostics;
using Dispatch.Tests.Infrastructure;

namespace Dispatch.Tests.Tools.Bench;

/// <summary>Runs a bench verb of the built server as its own process, as a person would, and hands back its exit code and everything it printed.</summary>
public static class BenchProcess
{
    public static async Task<(int Exit, string Printed)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [RepoPaths.ServerDll, .. arguments]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await output + await errors);
    }
}
