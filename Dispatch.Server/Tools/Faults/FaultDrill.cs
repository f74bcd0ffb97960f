using System.Diagnostics;
using Dispatch.Server.Consistency;
using StackExchange.Redis;

namespace Dispatch.Server.Tools.Faults;

public enum FaultKind
{
    KillServer,
    PauseRedis,
    RestartRedis,
}

/// <summary>One fault and what followed it: how long until Redis agreed with itself again, and what disagreed if it never did.</summary>
public sealed record FaultResult(int Number, FaultKind Kind, bool Aimed, TimeSpan AgreedAfter, IReadOnlyList<Disagreement> Disagreements)
{
    public bool Agreed => Disagreements.Count == 0;
}

/// <summary>
/// Hurts the deployment again and again during a mixed mission load: SIGKILL a server, pause Redis, kill and restart
/// Redis. Half the faults are aimed a few milliseconds after a burst of concurrent commands went out, where a write
/// path that is not atomic would be caught halfway; the others land at a random moment. After each fault the
/// invariant checker must find nothing within the allowed time.
/// </summary>
public sealed class FaultDrill(IFaultTarget target, MissionLoad load, IConnectionMultiplexer redis, int seed, TextWriter? progress = null)
{
    private readonly Random _random = new(seed);
    private readonly Task?[] _restarts = new Task?[target.Servers];
    private int _nextServer;

    public TimeSpan AgreementDeadline { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Server kills the drill makes sure of, waiting (with the load running) for a killed server to be back if it must.</summary>
    public int MinimumServerKills { get; init; }

    public async Task<IReadOnlyList<FaultResult>> RunAsync(int faults, CancellationToken ct)
    {
        var results = new List<FaultResult>();
        for (var n = 1; n <= faults; n++)
        {
            var kind = Kind(n);
            // A server takes a while to start again; until another is back to carry the load, hurt Redis instead.
            if (kind == FaultKind.KillServer && ServerToKill() is null)
            {
                var kills = results.Count(r => r.Kind == FaultKind.KillServer);
                if (kills < MinimumServerKills && n + 3 > faults) await LoadUntilAServerMayBeKilledAsync(ct);
                else kind = FaultKind.PauseRedis;
            }
            var aimed = n % 2 == 1;
            await QuietBurstsAsync(ct);
            await FaultDuringBurstAsync(kind, aimed, ct);
            var result = await AwaitAgreementAsync(n, kind, aimed);
            results.Add(result);
            progress?.WriteLine($"fault {n,3} {kind,-12} {(aimed ? "aimed " : "random")}  agreed after {result.AgreedAfter.TotalMilliseconds,6:F0} ms  " +
                $"{(result.Agreed ? "" : "DISAGREEMENTS: " + string.Join("; ", result.Disagreements))}");
        }
        return results;
    }

    /// <summary>Every <see cref="KillEvery"/>th fault kills a server; the others pause or restart Redis in turn.</summary>
    private FaultKind Kind(int n) => n % KillEvery == 0 ? FaultKind.KillServer : n % 2 == 1 ? FaultKind.PauseRedis : FaultKind.RestartRedis;

    /// <summary>
    /// How often a server is killed. A killed server starts again from scratch (region, road network, coverage), which
    /// on a small machine takes longer than Redis coming back, so kills are spaced out.
    /// </summary>
    public int KillEvery { get; init; } = 3;

    /// <summary>How long Redis stays paused, at most (at least a fifth of it).</summary>
    public TimeSpan LongestPause { get; init; } = TimeSpan.FromMilliseconds(1500);

    /// <summary>Servers still starting again after an earlier kill, to await before reading the deployment's logs or stopping it.</summary>
    public Task RestartsAsync() => Task.WhenAll(_restarts.OfType<Task>());

    /// <summary>Quiet bursts between faults, so missions advance and vehicles come free again: the next fault hits a live load.</summary>
    public int QuietBursts { get; init; } = 2;

    private async Task QuietBurstsAsync(CancellationToken ct)
    {
        // Servers reconnect to a restarted Redis after a moment; until one answers, a burst carries nothing out.
        for (int carried = 0, tries = 0; carried < QuietBursts && tries < QuietBursts + 20; tries++)
        {
            var before = load.Commands;
            await load.BurstAsync(ct);
            if (load.Commands > before) carried++;
            else await Task.Delay(250, ct);
        }
    }

    private async Task LoadUntilAServerMayBeKilledAsync(CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        while (ServerToKill() is null)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("No killed server came back within 3 minutes.");
            await load.BurstAsync(ct);
            await Task.Delay(200, ct);
        }
    }

    private int? ServerToKill()
    {
        bool Up(int i) => _restarts[i] is null or { IsCompleted: true };
        var index = _nextServer % target.Servers;
        return Up(index) && Enumerable.Range(0, target.Servers).Count(Up) > 1 ? index : null;
    }

    private async Task FaultDuringBurstAsync(FaultKind kind, bool aimed, CancellationToken ct)
    {
        var burstStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnBurst() => burstStarted.TrySetResult();
        load.BurstStarted += OnBurst;
        try
        {
            var burst = load.BurstAsync(ct);
            if (aimed)
            {
                await Task.WhenAny(burstStarted.Task, burst);
                // A few milliseconds in: the commands are on the wire or being applied.
                await Task.Delay(_random.Next(1, 8), ct);
            }
            else
            {
                await Task.Delay(_random.Next(0, 300), ct);
            }
            await InjectAsync(kind, ct);
            await burst;
        }
        finally
        {
            load.BurstStarted -= OnBurst;
        }
    }

    private async Task InjectAsync(FaultKind kind, CancellationToken ct)
    {
        switch (kind)
        {
            case FaultKind.KillServer:
                var index = ServerToKill() ?? throw new InvalidOperationException("No server may be killed now.");
                _nextServer++;
                if (_restarts[index] is { } previous) await previous;
                target.KillServer(index);
                // The others carry the load while this one starts again.
                _restarts[index] = target.RestartServerAsync(index);
                break;
            case FaultKind.PauseRedis:
                target.PauseRedis();
                var longest = (int)LongestPause.TotalMilliseconds;
                await Task.Delay(_random.Next(longest / 5, longest), ct);
                target.ResumeRedis();
                break;
            case FaultKind.RestartRedis:
                await target.RestartRedisAsync();
                break;
        }
    }

    private async Task<FaultResult> AwaitAgreementAsync(int number, FaultKind kind, bool aimed)
    {
        var checker = new InvariantChecker(redis);
        var clock = Stopwatch.StartNew();
        IReadOnlyList<Disagreement> last = [new("unchecked", "redis", "not read yet")];
        while (clock.Elapsed < AgreementDeadline)
        {
            try
            {
                last = await checker.CheckAsync();
                if (last.Count == 0) return new(number, kind, aimed, clock.Elapsed, last);
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                last = [new("unreadable", "redis", e.Message)];
            }
            await Task.Delay(50);
        }
        return new(number, kind, aimed, clock.Elapsed, last);
    }
}
