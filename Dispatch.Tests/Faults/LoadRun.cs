using Dispatch.Server.Tools.Soak;
using Dispatch.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Tests.Faults;

/// <summary>A background load of referral lifecycles and position reports against one server, with its acknowledgement log.</summary>
public sealed class LoadRun : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _workers = [];
    private readonly HttpClient _http;

    public AcknowledgementLog Log { get; } = new();
    public LoadCast Cast { get; }

    private LoadRun(DispatchServerProcess server, LoadCast cast)
    {
        Cast = cast;
        _http = new HttpClient { BaseAddress = new Uri(server.Url), Timeout = TimeSpan.FromSeconds(10) };
        var load = new DispatchLoad(_http, server.Url, cast, Log);
        foreach (var v in new[] { "amb-01", "amb-02", "amb-03" }) _workers.Add(Task.Run(() => load.RunReferralsAsync(v, _stop.Token)));
        // Devices report as they do in the field, on the position stream; one reports call by call, the other way the hub takes them.
        _workers.Add(Task.Run(() => load.RunPositionsAsync(PositionDevices[0], TimeSpan.FromMilliseconds(50), _stop.Token)));
        foreach (var v in PositionDevices[1..]) _workers.Add(Task.Run(() => load.RunStreamedPositionsAsync(v, TimeSpan.FromMilliseconds(50), _stop.Token)));
    }

    public static async Task<LoadCast> SignInCastAsync(DispatchServerProcess server)
    {
        var devices = new Dictionary<string, string>();
        foreach (var n in Enumerable.Range(1, 6)) devices[$"amb-0{n}"] = await server.SignInAsync($"device.amb-0{n}", DemoAccounts.DevicePassword);
        return new LoadCast(
            await server.SignInAsync(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword), "g-01",
            await server.SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword),
            await server.SignInAsync(DemoAccounts.HospitalH1, DemoAccounts.HospitalPassword), "h-4201795163", devices);
    }

    public static LoadRun Start(DispatchServerProcess server, LoadCast cast) => new(server, cast);

    private static readonly string[] PositionDevices = ["amb-04", "amb-05", "amb-06"];

    /// <summary>Waits until every reporting device, on the stream or call by call, has a position acknowledged after <paramref name="since"/>.</summary>
    public Task EveryDeviceAcknowledgedSinceAsync(DateTimeOffset since, string what) =>
        Poll.UntilAsync(() => PositionDevices.All(v => Log.Positions.TryGetValue(v, out var at) && at > since), TimeSpan.FromSeconds(60),
            what + $" (errors: {string.Join(" | ", Log.RecentErrors.TakeLast(3))})");

    /// <summary>Waits until <paramref name="more"/> further writes have been acknowledged.</summary>
    public Task AcknowledgedAsync(long more, string what)
    {
        var target = Log.Operations + more;
        return Poll.UntilAsync(() => Log.Operations >= target, TimeSpan.FromSeconds(90), what + $" ({more} more acknowledged writes; errors: {string.Join(" | ", Log.RecentErrors.TakeLast(3))})");
    }

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_workers);
    }

    public async Task<IReadOnlyList<string>> LostAsync() => await Log.FindLostAsync(_http, Cast.Dispatcher, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested) await StopAsync();
        _http.Dispose();
        _stop.Dispose();
    }
}

/// <summary>Keeps trying to reconnect every half second, for as long as a restart takes.</summary>
public sealed class RetryForever : IRetryPolicy
{
    public TimeSpan? NextRetryDelay(RetryContext retryContext) => TimeSpan.FromMilliseconds(500);
}
