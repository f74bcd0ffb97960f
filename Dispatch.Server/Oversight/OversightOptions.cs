namespace Dispatch.Server.Oversight;

/// <summary>The limits a 120 centre works by (section "Oversight").</summary>
public sealed class OversightOptions
{
    /// <summary>An assigned vehicle should report en route within this (the 3-minute departure norm).</summary>
    public double DepartureLimitSeconds { get; set; } = 180;
    /// <summary>A crew with the patient past this raises a warning (the patient is not yet on the way to care).</summary>
    public double OnSceneLimitSeconds { get; set; } = 1200;
    /// <summary>How often the watcher looks for overdue missions.</summary>
    public double CheckSeconds { get; set; } = 5;

    public TimeSpan DepartureLimit => TimeSpan.FromSeconds(DepartureLimitSeconds);
    public TimeSpan OnSceneLimit => TimeSpan.FromSeconds(OnSceneLimitSeconds);
}
