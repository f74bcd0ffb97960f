using Dispatch.Server.Fleet;
using StackExchange.Redis;

namespace Dispatch.Server.Calls;

/// <summary>
/// Serves queued non-emergency transports from the non-emergency fleet, oldest request first, each with the
/// vehicle that reaches it soonest by road. Ambulances are never taken for a transport. One instance at a time
/// does this (a short lease in Redis), so two servers never race for the same request.
/// </summary>
public sealed class TransportQueue(
    CallStore calls, CallService service, VehicleRecommender recommender, IConnectionMultiplexer redis,
    IConfiguration config, ILogger<TransportQueue> log) : BackgroundService
{
    private const string LeaseKey = "dispatch:calls:transport-queue-lease";
    private readonly TimeSpan _interval = TimeSpan.FromSeconds(config.GetValue("Calls:TransportQueueSeconds", 5));
    private readonly bool _enabled = config.GetValue("Calls:AutoDispatchTransports", true);
    private readonly string _instance = Guid.NewGuid().ToString("N");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_enabled) return;
        using var timer = new PeriodicTimer(_interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (await redis.GetDatabase().StringSetAsync(LeaseKey, _instance, _interval * 2, When.NotExists) ||
                    await redis.GetDatabase().StringGetAsync(LeaseKey) == _instance)
                    await ServeAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Transport queue pass failed; retrying");
            }
        }
    }

    /// <returns>how many queued transports got a vehicle in this pass.</returns>
    public async Task<int> ServeAsync(CancellationToken ct)
    {
        var served = 0;
        var queued = (await calls.OpenAsync())
            .Where(c => c.Kind == CallKind.Transport && c.Status == CallStatus.Queued)
            .OrderBy(c => c.Timestamps.Received);
        foreach (var call in queued)
        {
            var equipment = call.WheelchairNeeded ? call.RequiredEquipment.Append("wheelchair").ToList() : call.RequiredEquipment;
            var ranking = await recommender.RecommendAsync(call.Location.Lon, call.Location.Lat, VehicleKinds.NonEmergency, equipment, ct);
            foreach (var candidate in ranking.Ranked)
            {
                try
                {
                    await service.AssignAsync(call.Id, candidate.VehicleId);
                    served++;
                    log.LogInformation("Transport {Call} served by {Vehicle}", call.Id, candidate.CallSign);
                    break;
                }
                catch (Commands.Refusal)
                {
                    // Taken meanwhile (by a dispatcher or another request): try the next vehicle.
                }
            }
        }
        return served;
    }
}
