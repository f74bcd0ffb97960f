using System.Text.Json.Nodes;
using Dapper;
using Dispatch.Server.Fleet;
using Dispatch.Server.Records.Store;
using Npgsql;
using StackExchange.Redis;

namespace Dispatch.Server.Records.Tracks;

/// <summary>
/// Samples, every <c>Records:TrackSampleSeconds</c>, the last position of each vehicle that is on a mission (the
/// fleet's assignment hash names the call or referral) and keeps it against that mission. Sampling keeps the record
/// out of the 20,000-reports-a-second path; a playback at that resolution shows the road taken. While PostgreSQL is
/// away, samples are not kept (the cases themselves lose nothing: the projector catches up from Redis).
/// One instance records at a time (an advisory lock of its own).
/// </summary>
public sealed class TrackRecorder(
    NpgsqlDataSource db, RecordStoreReadiness readiness, IConnectionMultiplexer redis, IConfiguration config, ILogger<TrackRecorder> log) : BackgroundService
{
    private const long LockKey = 0x44535452; // "DSTR"
    private readonly TimeSpan _interval = TimeSpan.FromSeconds(config.GetValue("Records:TrackSampleSeconds", 5.0));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!config.GetValue("Records:Tracks", true)) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (readiness.IsReady)
                {
                    await using var session = await db.OpenConnectionAsync(stoppingToken);
                    if (await session.ExecuteScalarAsync<bool>("SELECT pg_try_advisory_lock(@LockKey)", new { LockKey }))
                    {
                        while (!stoppingToken.IsCancellationRequested)
                        {
                            await SampleAsync(session, stoppingToken);
                            await Task.Delay(_interval, stoppingToken);
                        }
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or RedisException or InvalidOperationException or System.Text.Json.JsonException)
            {
                log.LogDebug("Track sampling paused: {Error}", e.Message);
            }
            await Task.Delay(_interval * 2, stoppingToken).ContinueWith(_ => { });
        }
    }

    /// <summary>The case an assignment names: a call id as it is, a referral's with its "R:" prefix taken off.</summary>
    public static string MissionCase(string assignment) => assignment[(assignment.IndexOf(':') + 1)..];

    /// <returns>how many new points were kept.</returns>
    public async Task<int> SampleAsync(NpgsqlConnection session, CancellationToken ct)
    {
        var rdb = redis.GetDatabase();
        var assignments = await rdb.HashGetAllAsync(FleetStore.AssignmentKey);
        var onMission = assignments.Where(a => !a.Value.IsNullOrEmpty).ToList();
        if (onMission.Count == 0) return 0;
        var positions = await rdb.HashGetAsync(FleetStore.LastSeenKey, onMission.Select(a => a.Name).ToArray());
        var points = new List<object>();
        for (var i = 0; i < onMission.Count; i++)
        {
            if (positions[i].IsNullOrEmpty) continue;
            var p = JsonNode.Parse((string)positions[i]!)!;
            points.Add(new
            {
                CaseId = MissionCase((string)onMission[i].Value!),
                VehicleId = (string)onMission[i].Name!,
                At = DateTimeOffset.Parse(p["timestamp"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime(),
                Lon = p["lon"]!.GetValue<double>(),
                Lat = p["lat"]!.GetValue<double>(),
                Speed = p["speedKmh"]?.GetValue<double>(),
                Heading = p["headingDeg"]?.GetValue<double>(),
            });
        }
        return await session.ExecuteAsync(new CommandDefinition("""
            INSERT INTO mission_positions (case_id, vehicle_id, at, lon, lat, speed_kmh, heading_deg)
            VALUES (@CaseId, @VehicleId, @At, @Lon, @Lat, @Speed, @Heading) ON CONFLICT DO NOTHING
            """, points, cancellationToken: ct));
    }
}
