namespace Dispatch.Server.Calls;

public sealed record ShiftFiguresView(
    DateTimeOffset Since, int Calls, int Transports, int Dispatched, int Open,
    double? AverageResponseSeconds, double? DepartureWithin3MinutesRate, double? AverageDepartureSeconds);

/// <summary>The key figures of the current shift (the last 12 hours): volume, response, and the 3-minute departure rate.</summary>
public sealed class ShiftFigures(CallStore calls, TimeProvider clock)
{
    public static readonly TimeSpan DepartureNorm = TimeSpan.FromMinutes(3);

    public async Task<ShiftFiguresView> ComputeAsync()
    {
        var since = clock.GetUtcNow().AddHours(-12);
        var all = await calls.SinceAsync(since);
        var emergencies = all.Where(c => c.Kind == CallKind.Emergency).ToList();
        var departures = all.Select(c => c.DepartureSeconds).OfType<double>().ToList();
        var responses = emergencies.Select(c => c.ResponseSeconds).OfType<double>().ToList();
        return new ShiftFiguresView(
            since,
            emergencies.Count,
            all.Count - emergencies.Count,
            all.Count(c => c.Timestamps.Dispatched is not null),
            all.Count(c => c.IsOpen),
            responses.Count > 0 ? responses.Average() : null,
            departures.Count > 0 ? departures.Count(s => s <= DepartureNorm.TotalSeconds) / (double)departures.Count : null,
            departures.Count > 0 ? departures.Average() : null);
    }
}
