using System.Buffers;
using System.Net.WebSockets;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace Dispatch.Server.Tools.Load;

/// <summary>
/// A SignalR client connection with as little of its own work as the protocol allows, so the load generator does not
/// take the CPU the server is measured on: one <see cref="ClientWebSocket"/> to the hub endpoint (WebSockets without the
/// negotiate round trip, as SignalR allows for that transport, bearer token as the .NET client sends it), the handshake
/// <c>{"protocol":"messagepack","version":1}</c>, and every hub message written and parsed by Microsoft's own
/// <see cref="MessagePackHubProtocol"/> — the same bytes the server reads from HubConnection — over buffers reused for
/// the life of the connection. One receive loop per connection hands completions and invocations to its owner; pings
/// are read and dropped, a close message ends the connection (its error, if any, is the reason), and the client sends a
/// ping after 15 s without sending anything, as HubConnection does, so the server keeps the connection.
/// </summary>
public sealed class LeanHubConnection(Uri hub, string accessToken, IInvocationBinder binder) : IBenchConnection
{
    private static readonly MessagePackHubProtocol Protocol = new();
    private static readonly TimeSpan KeepAliveInterval = TimeSpan.FromSeconds(15);

    private readonly ClientWebSocket _socket = new();
    private readonly ArrayBufferWriter<byte> _out = new(512);
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private byte[] _in = new byte[4096];
    private int _inCount;
    private long _lastSentMs;
    private volatile bool _connected;
    private volatile bool _disposing;
    private string? _closeError;
    private Task _receiving = Task.CompletedTask, _keepingAlive = Task.CompletedTask;

    /// <summary>A completion arrived (called on the receive loop, one message at a time).</summary>
    public Action<CompletionMessage>? Completed { get; set; }

    /// <summary>An item of a stream the server sends arrived (called on the receive loop, one message at a time).</summary>
    public Action<StreamItemMessage>? StreamItem { get; set; }

    /// <summary>The server invoked a client method (called on the receive loop, one message at a time).</summary>
    public Action<InvocationMessage>? Invoked { get; set; }

    /// <summary>The connection ended without being disposed: null when the server closed it cleanly, else why.</summary>
    public Action<Exception?>? Closed { get; set; }

    public bool Connected => _connected;

    public async Task StartAsync(CancellationToken ct)
    {
        _socket.Options.SetRequestHeader("Authorization", "Bearer " + accessToken);
        await _socket.ConnectAsync(hub, ct);
        _out.ResetWrittenCount();
        HandshakeProtocol.WriteRequestMessage(new HandshakeRequestMessage(Protocol.Name, Protocol.Version), _out);
        await _socket.SendAsync(_out.WrittenMemory, WebSocketMessageType.Binary, endOfMessage: true, ct);
        while (true)
        {
            var received = await ReceiveAsync(ct);
            if (received.MessageType == WebSocketMessageType.Close)
                throw new WebSocketException($"The server closed the connection during the handshake ({_socket.CloseStatus} {_socket.CloseStatusDescription}).");
            var buffer = new ReadOnlySequence<byte>(_in, 0, _inCount);
            if (!HandshakeProtocol.TryParseResponseMessage(ref buffer, out var response)) continue;
            if (response.Error is { } error) throw new HubException("Handshake refused: " + error);
            Keep(buffer);
            break;
        }
        _lastSentMs = Environment.TickCount64;
        _connected = true;
        _receiving = Task.Run(ReceiveLoopAsync, CancellationToken.None);
        _keepingAlive = Task.Run(KeepAliveAsync, CancellationToken.None);
    }

    /// <summary>Writes one hub message and sends it as one WebSocket message; sends of one connection go one at a time.</summary>
    public async ValueTask SendAsync(HubMessage message)
    {
        await _sending.WaitAsync();
        try
        {
            _out.ResetWrittenCount();
            Protocol.WriteMessage(message, _out);
            await _socket.SendAsync(_out.WrittenMemory, WebSocketMessageType.Binary, endOfMessage: true, CancellationToken.None);
            _lastSentMs = Environment.TickCount64;
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>
    /// Sends without waiting: the usual case (the socket took the frame at once) costs no task; a send still pending
    /// is observed, and <paramref name="failed"/> is told if it fails. The state spares the caller a closure per message.
    /// </summary>
    public void Post<TState>(HubMessage message, Action<Exception, TState> failed, TState state)
    {
        var sending = SendAsync(message);
        if (sending.IsCompletedSuccessfully) sending.GetAwaiter().GetResult();
        else _ = ObserveAsync(sending, failed, state);
    }

    private static async Task ObserveAsync<TState>(ValueTask sending, Action<Exception, TState> failed, TState state)
    {
        try
        {
            await sending;
        }
        catch (Exception e)
        {
            failed(e, state);
        }
    }

    private async Task ReceiveLoopAsync()
    {
        Exception? error = null;
        try
        {
            while (true)
            {
                var buffer = new ReadOnlySequence<byte>(_in, 0, _inCount);
                while (Protocol.TryParseMessage(ref buffer, binder, out var message)) Handle(message);
                Keep(buffer);
                if ((await ReceiveAsync(CancellationToken.None)).MessageType == WebSocketMessageType.Close) break;
            }
        }
        catch (Exception e) when (!_disposing)
        {
            error = e;
        }
        catch (Exception)
        {
            // Disposing aborts the socket under the pending receive; that is the end, not a failure.
        }
        _connected = false;
        if (!_disposing)
            Closed?.Invoke(error ?? (_closeError is { } reason ? new HubException("The server closed the connection with an error: " + reason) : null));
    }

    private void Handle(HubMessage message)
    {
        switch (message)
        {
            case CompletionMessage completion:
                Completed?.Invoke(completion);
                break;
            case StreamItemMessage item:
                StreamItem?.Invoke(item);
                break;
            case InvocationMessage invocation:
                Invoked?.Invoke(invocation);
                break;
            case CloseMessage close:
                // The server closes the WebSocket right after; the receive loop ends there.
                _closeError = close.Error;
                break;
            // Pings only keep the connection alive; invocations of methods the client does not handle are dropped,
            // as HubConnection drops them.
        }
    }

    /// <summary>Receives into the free end of the input buffer, growing it when a message does not fit.</summary>
    private async ValueTask<ValueWebSocketReceiveResult> ReceiveAsync(CancellationToken ct)
    {
        if (_inCount == _in.Length) Array.Resize(ref _in, _in.Length * 2);
        var result = await _socket.ReceiveAsync(_in.AsMemory(_inCount), ct);
        _inCount += result.Count;
        return result;
    }

    /// <summary>Moves what is left unparsed (the start of a message still arriving) to the start of the input buffer.</summary>
    private void Keep(ReadOnlySequence<byte> rest)
    {
        var left = (int)rest.Length;
        if (left > 0 && left < _inCount) Buffer.BlockCopy(_in, _inCount - left, _in, 0, left);
        _inCount = left;
    }

    private async Task KeepAliveAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(5));
        try
        {
            while (await timer.WaitForNextTickAsync(_stopping.Token))
                if (_connected && Environment.TickCount64 - Volatile.Read(ref _lastSentMs) >= KeepAliveInterval.TotalMilliseconds)
                    await SendAsync(PingMessage.Instance);
        }
        catch (Exception)
        {
            // Stopping, or the connection is gone: the receive loop reports that.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposing) return;
        _disposing = true;
        await _stopping.CancelAsync();
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _sending.WaitAsync(timeout.Token);
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
                await _receiving.WaitAsync(timeout.Token);
            }
            catch (Exception)
            {
                // The run is over; a close that fails or takes too long changes nothing.
            }
        }
        _socket.Abort();
        _connected = false;
        try { await _receiving; } catch (Exception) { }
        try { await _keepingAlive; } catch (Exception) { }
        _socket.Dispose();
        _stopping.Dispose();
    }
}
