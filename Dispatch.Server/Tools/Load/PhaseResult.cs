namespace Dispatch.Server.Tools.Load;

/// <summary>What one measured phase reached: rates per second over its measured window, latency percentiles, resources.</summary>
public sealed record PhaseResult(
    string Name, int TargetRate, int ConnectedDevices, int Dispatchers, TimeSpan Measured,
    LoadCounters.Snapshot Counts, IReadOnlyList<int> SortedLatenciesMicros, ResourceSample Start, ResourceSample End)
{
    public double Seconds => Measured.TotalSeconds;
    public double PerSecond(long count) => count / Seconds;

    public double? LatencyMs(double percentile) => SortedLatenciesMicros.Count == 0 ? null
        : SortedLatenciesMicros[Math.Clamp((int)Math.Ceiling(percentile / 100 * SortedLatenciesMicros.Count) - 1, 0, SortedLatenciesMicros.Count - 1)] / 1000.0;

    public double? ServerCpuPercent => End.ServerCpuSeconds - Start.ServerCpuSeconds is { } d ? 100 * d / (End.At - Start.At).TotalSeconds : null;
    public double RedisCpuPercent => 100 * (End.RedisCpuSeconds - Start.RedisCpuSeconds) / (End.At - Start.At).TotalSeconds;
    public double BenchCpuPercent => 100 * (End.BenchCpuSeconds - Start.BenchCpuSeconds) / (End.At - Start.At).TotalSeconds;
    /// <summary>Acknowledged reports per CPU-second the server got: what it would do per core were the core its own.</summary>
    public double? AckedPerServerCpuSecond => ServerCpuPercent is > 0 and var cpu ? PerSecond(Counts.Acked) / (cpu / 100) : null;

    /// <summary>The same per CPU-second of server, Redis and load generator together, which share this machine's cores.</summary>
    public double? AckedPerStackCpuSecond => ServerCpuPercent is { } cpu && cpu + RedisCpuPercent + BenchCpuPercent is > 0 and var all
        ? PerSecond(Counts.Acked) / (all / 100) : null;

    public double RedisCommandsPerSecond => (End.RedisCommands - Start.RedisCommands) / (End.At - Start.At).TotalSeconds;
}
