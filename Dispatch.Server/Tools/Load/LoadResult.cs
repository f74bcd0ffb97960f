namespace Dispatch.Server.Tools.Load;

/// <summary>The whole run: the measured phases (baseline first, if any), the delivery check per dispatcher, and why errors happened.</summary>
public sealed record LoadResult(
    IReadOnlyList<PhaseResult> Phases, IReadOnlyList<DeliveryCheck> Deliveries, LoadCounters.Snapshot Totals,
    int ConnectedDevices, int RequestedDevices, TimeSpan ConnectTime, IReadOnlyList<string> TopErrors, string RedisPersistence)
{
    public PhaseResult Target => Phases[^1];
    public PhaseResult? Baseline => Phases.Count > 1 ? Phases[0] : null;
    public bool Consistent => Totals.Errors == 0 && Deliveries.All(d => d.Consistent);
}
