using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Verify.Cli.Tests;

/// <summary>
/// A minimal client of the Chrome DevTools protocol over one WebSocket (System.Net.WebSockets, no package): commands with
/// an id, answered by a message with that id; events (messages with a method and no id) passed to <see cref="Event"/>.
/// Commands for a page carry its flattened session id (Target.attachToTarget with flatten = true).
/// </summary>
internal sealed class DevToolsConnection : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode>> _pending = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _reader = Task.CompletedTask;
    private int _nextId;

    /// <summary>Called on the reader's thread for every event: (method, params, session id or null).</summary>
    public Action<string, JsonNode?, string?>? Event { get; set; }

    public static async Task<DevToolsConnection> Open(Uri endpoint, CancellationToken cancellation)
    {
        var connection = new DevToolsConnection();
        connection._socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await connection._socket.ConnectAsync(endpoint, cancellation);
        connection._reader = Task.Run(connection.Read);
        return connection;
    }

    /// <summary>Sends a command and returns its result; a protocol error becomes an exception naming the command.</summary>
    public async Task<JsonNode> Send(string method, JsonObject? parameters, string? session, CancellationToken cancellation)
    {
        int id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonNode>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        if (session is not null)
        {
            message["sessionId"] = session;
        }
        byte[] bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellation);
        using var registration = cancellation.Register(() => answer.TrySetCanceled(cancellation));
        var reply = await answer.Task;
        if (reply["error"] is { } error)
        {
            throw new InvalidOperationException($"DevTools {method} failed: {error.ToJsonString()}");
        }
        return reply["result"] ?? new JsonObject();
    }

    private async Task Read()
    {
        var buffer = new byte[1 << 16];
        var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open && !_stop.IsCancellationRequested)
            {
                var received = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage)
                {
                    continue;
                }
                var node = JsonNode.Parse(message.GetBuffer().AsSpan(0, (int)message.Length));
                message.SetLength(0);
                if (node?["id"] is { } id && _pending.TryRemove(id.GetValue<int>(), out var answer))
                {
                    answer.TrySetResult(node);
                }
                else if (node?["method"] is { } method)
                {
                    Event?.Invoke(method.GetValue<string>(), node["params"], node["sessionId"]?.GetValue<string>());
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // the browser went away or we are closing: the pending commands fail below
        }
        foreach (var answer in _pending.Values)
        {
            answer.TrySetException(new InvalidOperationException("the DevTools connection closed before the answer"));
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _socket.Abort();
        await _reader.ConfigureAwait(false);
        _socket.Dispose();
        _stop.Dispose();
    }
}
