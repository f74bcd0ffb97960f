using System.Diagnostics;
using System.Text;
using Dispatch.Routing;
using Dispatch.Routing.Closures;
using Dispatch.Routing.Queries;
using Dispatch.Server.Coverage.Maths;
using Dispatch.Server.Fleet;
using Dispatch.Server.Realtime;
using Microsoft.AspNetCore.SignalR;
using StackExchange.Redis;

namespace Dispatch.Server.Coverage.Live;

/// <summary>
/// Keeps the coverage picture current: every few seconds (Coverage:RecomputeSeconds) it reads the fleet from Redis and
/// recomputes when anything that matters changed since the last picture (an ambulance moved, changed status or went
/// stale; a closure was set or lifted), then pushes the new picture to dispatchers.
/// </summary>
public sealed class CoverageMonitor(
    Func<CoverageRegion> buildRegion,
    FleetStore fleet,
    VehicleRegistry vehicles,
    Staleness staleness,
    ShiftCoverage shift,
    IHubContext<DispatchHub> hub,
    CoverageOptions options,
    TimeProvider clock,
    ILogger<CoverageMonitor> log) : BackgroundService
{
    public const string ChangedEvent = nameof(Realtime.IDispatchClient.CoverageChanged);
    /// <summary>Vehicles free to answer a call, and so counted as covering where they are.</summary>
    public static bool Counts(VehicleStatus status) => status is VehicleStatus.Available or VehicleStatus.Returning or VehicleStatus.Relocating;

    private CoverageState? _state;
    private string? _lastInputs;
    private (ClosureSnapshot Closures, PostTimes Times)? _posts;
    private volatile bool _forced;
    private readonly TaskCompletionSource _firstPicture = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public CoverageState? Latest => Volatile.Read(ref _state);
    /// <summary>The grid, zones and posts, once built (shortly after start).</summary>
    public CoverageRegion? Region { get; private set; }

    /// <summary>The first picture, for requests that arrive while the server is still starting.</summary>
    public async Task<CoverageState?> ReadyAsync(TimeSpan wait)
    {
        if (Latest is { } now) return now;
        await Task.WhenAny(_firstPicture.Task, Task.Delay(wait));
        return Latest;
    }

    /// <summary>Recompute on the next turn even if the inputs look the same (a move-up was just sent).</summary>
    public void Invalidate() => _forced = true;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        CoverageRegion region;
        try
        {
            var started = Stopwatch.StartNew();
            region = await Task.Run(buildRegion, stoppingToken);
            Region = region;
            log.LogInformation("Coverage grid ready in {Ms} ms: {Cells} cells of {Meters} m, {Zones} zones, {Posts} standby posts",
                started.ElapsedMilliseconds, region.Grid.Count, region.Grid.CellMeters, region.Zones.All.Count, region.Posts.All.Count);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "The coverage grid could not be built; coverage stays off");
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.RecomputeSeconds), clock);
        do
        {
            try
            {
                await RefreshAsync(region, stoppingToken);
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                log.LogWarning(e, "Could not refresh coverage");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    internal async Task RefreshAsync(CoverageRegion region, CancellationToken ct)
    {
        var positions = await fleet.LastPositionsAsync();
        var statuses = await fleet.StatusesAsync();
        var sources = new List<CoverageSource>();
        foreach (var v in vehicles.All.Where(v => v.Kind == VehicleKinds.Ambulance).OrderBy(v => v.Id, StringComparer.Ordinal))
        {
            var status = statuses.GetValueOrDefault(v.Id, VehicleStatus.Available);
            if (!Counts(status) || !positions.TryGetValue(v.Id, out var p) || staleness.IsStale(p)) continue;
            var point = new GeoPoint(p.Lon, p.Lat);
            sources.Add(new CoverageSource(v.Id, v.CallSign, point, status, region.Zones.ZoneOf(point), v.CallSignEn));
        }
        var closures = region.Engine.Closures.Current;
        var inputs = Describe(sources, closures);
        if (inputs == _lastInputs && !_forced && _state is not null) return;
        _forced = false;

        var started = Stopwatch.StartNew();
        var times = CoverageQueries.Nearest(region.Engine, sources.Select(s => s.Point).ToList(), region.Grid.Snaps,
            Deadline.After(TimeSpan.FromSeconds(options.RecomputeSeconds), ct));
        var picture = new CoveragePicture(region.Grid, times, sources.Count);
        if (_posts is not { } cached || !ReferenceEquals(cached.Closures, closures))
            _posts = (closures, CoverageQueries.Posts(region.Engine, region.Posts.All.Select(p => p.Point).ToList(), region.Grid.Snaps));
        var postTimes = _posts.Value.Times;
        var candidates = Enumerable.Range(0, sources.Count).Where(i => sources[i].CanMoveUp).ToList();
        var suggestions = picture.CoveredShare < options.MoveUpBelowShare
            ? MoveUpPlanner.Suggest(picture, postTimes, candidates, options.MaxSuggestions, options.ZoneTargetShare)
            : [];
        var elapsed = started.Elapsed.TotalMilliseconds;
        var shiftShare = await shift.RecordAsync(picture.CoveredShare);

        var state = new CoverageState((_state?.Version ?? 0) + 1, clock.GetUtcNow(), region, sources, picture, postTimes, suggestions, shiftShare, elapsed);
        Volatile.Write(ref _state, state);
        _lastInputs = inputs;
        _firstPicture.TrySetResult();
        await hub.Clients.Group(HubGroups.Dispatchers).SendAsync(ChangedEvent, CoverageViews.Of(state), ct);
    }

    private static string Describe(List<CoverageSource> sources, ClosureSnapshot closures)
    {
        var text = new StringBuilder();
        text.Append(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(closures)).Append('|');
        foreach (var s in sources)
            text.Append(s.VehicleId).Append(s.Status).Append(s.Point.Lon.ToString("F5", System.Globalization.CultureInfo.InvariantCulture)).Append(s.Point.Lat.ToString("F5", System.Globalization.CultureInfo.InvariantCulture)).Append(';');
        return text.ToString();
    }
}
