namespace Dispatch.Server.Fleet;

/// <summary>A vehicle whose last report is older than the threshold is shown stale and never recommended.</summary>
public sealed class Staleness(IConfiguration config, TimeProvider clock)
{
    public TimeSpan Threshold { get; } = TimeSpan.FromSeconds(config.GetValue("Fleet:StaleAfterSeconds", 60));

    public bool IsStale(VehiclePosition? last) => last is null || clock.GetUtcNow() - last.Timestamp > Threshold;
}
