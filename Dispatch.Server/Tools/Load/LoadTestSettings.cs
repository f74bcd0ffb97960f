namespace Dispatch.Server.Tools.Load;

/// <summary>What one load test run does: how many clients, how fast, for how long, and the low-rate baseline run before it.</summary>
public sealed record LoadTestSettings(
    int Vehicles,
    int Dispatchers,
    int Rate,
    TimeSpan Duration,
    TimeSpan Warmup,
    int BaselineRate,
    TimeSpan BaselineDuration,
    BenchClient Client = BenchClient.Lean,
    BenchReports Reports = BenchReports.Stream)
{
    public const int MaxVehicles = 20_000;
    public const int MaxDispatchers = 50;
    public const int MaxRate = 200_000;
    public static readonly TimeSpan MaxPhase = TimeSpan.FromMinutes(5);

    public bool HasBaseline => BaselineRate > 0 && BaselineDuration > TimeSpan.Zero;

    /// <returns>null when the settings are within the bench's bounds, else what is wrong.</returns>
    public string? Problem() =>
        Vehicles is < 1 or > MaxVehicles ? $"--vehicles must be 1..{MaxVehicles}."
        : Dispatchers is < 1 or > MaxDispatchers ? $"--dispatchers must be 1..{MaxDispatchers}."
        : Rate is < 1 or > MaxRate ? $"--rate must be 1..{MaxRate}."
        : BaselineRate is < 0 or > MaxRate ? $"--baseline-rate must be 0..{MaxRate}."
        : Duration <= TimeSpan.Zero || Duration > MaxPhase || Warmup < TimeSpan.Zero || Warmup > MaxPhase
          || BaselineDuration < TimeSpan.Zero || BaselineDuration > MaxPhase ? $"durations must be positive and at most {MaxPhase.TotalMinutes:F0} minutes."
        : null;
}
