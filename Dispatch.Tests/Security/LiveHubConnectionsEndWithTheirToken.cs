using System.Net;
using Dispatch.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Tests.Security;

/// <summary>A hub connection is only as good as its token: revoking or outliving the token ends the live connection too.</summary>
public sealed class LiveHubConnectionsEndWithTheirToken
{
    private RedisServer _redis = null!;
    private DispatchServerProcess _server = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _redis = await RedisServer.StartAsync();
        _server = await DispatchServerProcess.StartAsync(_redis, new Dictionary<string, string> { ["Hub:RevocationCheckSeconds"] = "0.5" });
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _server.DisposeAsync();
        await _redis.DisposeAsync();
    }

    private static async Task<bool> CutOffAsync(HubConnection hub)
    {
        if (hub.State != HubConnectionState.Connected) return true;
        try
        {
            await hub.InvokeAsync<object>("CurrentAssignment");
            return false;
        }
        catch (Exception)
        {
            return true;
        }
    }

    [Test]
    public async Task Revoking_a_device_token_closes_its_open_connection()
    {
        var token = await _server.SignInAsync(DemoAccounts.DeviceV1, DemoAccounts.DevicePassword);
        await using var device = await _server.ConnectHubAsync(token);
        Assert.That(await CutOffAsync(device), Is.False, "usable before the revocation");

        using var client = _server.ClientWithToken(token);
        using var revoked = await client.PostAsync("/api/auth/revoke", null);
        Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        await Poll.UntilAsync(() => CutOffAsync(device), TimeSpan.FromSeconds(15), "the revoked device to be cut off");
        await Poll.UntilAsync(() => device.State == HubConnectionState.Disconnected, TimeSpan.FromSeconds(15), "the connection to be closed");
    }

    [Test]
    public async Task A_connection_is_closed_when_its_token_expires()
    {
        var shortLived = Tokens.Mint(_server.SigningKey, Tokens.Account(DemoAccounts.DeviceV2, "vehicle", vehicle: DemoAccounts.VehicleV2), TimeSpan.FromSeconds(3));
        await using var device = await _server.ConnectHubAsync(shortLived);
        Assert.That(await CutOffAsync(device), Is.False, "usable while the token is valid");
        await Poll.UntilAsync(() => CutOffAsync(device), TimeSpan.FromSeconds(30), "the expired connection to be closed");
    }
}
