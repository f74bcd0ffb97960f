using System.Threading.Channels;
using Dispatch.Server.Fleet;
using Dispatch.Server.Realtime;
using Dispatch.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Tests.Fleet;

[TestFixture]
public sealed class OneConnectionHasOnePositionStream : ServerFixture
{
    [Test]
    public async Task A_second_stream_is_refused_while_the_first_is_open_and_allowed_once_it_ended()
    {
        await using var device = await Server.ConnectHubAsync(await Server.SignInAsync(DemoAccounts.DeviceV1, DemoAccounts.DevicePassword));
        var first = Channel.CreateUnbounded<PositionReport>();
        var firstAnswers = await device.StreamAsChannelAsync<PositionReportsAnswered>(nameof(DispatchHub.StreamPositions), first.Reader);
        await first.Writer.WriteAsync(new PositionReport(104.0608, 30.6707, DateTimeOffset.UtcNow));
        Assert.That((await firstAnswers.ReadAsync()).Through, Is.EqualTo(1), "the first stream is open and answering");

        var second = Channel.CreateUnbounded<PositionReport>();
        var secondAnswers = await device.StreamAsChannelAsync<PositionReportsAnswered>(nameof(DispatchHub.StreamPositions), second.Reader);
        // A stream that ends with an error closes the client's channel with the hub's error inside.
        var refused = Assert.ThrowsAsync<ChannelClosedException>(async () => await secondAnswers.ReadAsync());
        Assert.That(refused!.InnerException, Is.InstanceOf<HubException>().With.Message.Contains(PositionStreams.AlreadyOpen));

        first.Writer.Complete();
        await foreach (var _ in firstAnswers.ReadAllAsync()) { }
        var third = Channel.CreateUnbounded<PositionReport>();
        var thirdAnswers = await device.StreamAsChannelAsync<PositionReportsAnswered>(nameof(DispatchHub.StreamPositions), third.Reader);
        await third.Writer.WriteAsync(new PositionReport(104.0609, 30.6707, DateTimeOffset.UtcNow.AddMilliseconds(5)));
        var answer = await thirdAnswers.ReadAsync();
        Assert.That((answer.Through, answer.Stored), Is.EqualTo((1L, 1)));
        third.Writer.Complete();
    }
}
