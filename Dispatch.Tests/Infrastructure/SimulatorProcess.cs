using System.Collections.Concurrent;
using System.Diagnostics;

namespace Dispatch.Tests.Infrastructure;

/// <summary>The `simulate` verb as its own process: real devices through the real hub, faster than real time.</summary>
public sealed class SimulatorProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private SimulatorProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) _output.Enqueue(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _output.Enqueue(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Log => string.Join('\n', _output);

    public static SimulatorProcess Start(DispatchServerProcess server, string vehicles, double timeFactor = 40)
    {
        var start = new ProcessStartInfo("dotnet",
        [
            RepoPaths.ServerDll, "simulate", "--server", server.Url, "--region", RepoPaths.ChengduRegion, "--only", vehicles,
            "--time-factor", timeFactor.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--scene-seconds", "20", "--relocate-chance", "0", "--interval-ms", "250",
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        return new SimulatorProcess(Process.Start(start)!);
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited) { _process.Kill(entireProcessTree: true); _process.WaitForExit(); }
        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}
