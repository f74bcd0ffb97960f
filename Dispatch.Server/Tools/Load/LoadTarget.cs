using System.Net;
using Dispatch.Server.Regions;
using StackExchange.Redis;

namespace Dispatch.Server.Tools.Load;

/// <summary>The server under load: where it listens, its Redis, the key its tokens are signed with, the vehicles it knows and the area it accepts.</summary>
public sealed record LoadTarget(string ServerUrl, string RedisConfiguration, string SigningKey, IReadOnlyList<string> VehicleIds, GeoBounds Bounds, int? ServerPid)
{
    /// <summary>The bench only ever talks to this machine: it must never load someone else's server or Redis.</summary>
    public static string? LoopbackProblem(string serverUrl, string redisConfiguration)
    {
        if (!Uri.TryCreate(serverUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !IsLoopback(uri.Host))
            return $"--server must be an http URL on a loopback address, not {serverUrl}.";
        foreach (var endpoint in ConfigurationOptions.Parse(redisConfiguration).EndPoints)
        {
            var host = endpoint switch { IPEndPoint ip => ip.Address.ToString(), DnsEndPoint dns => dns.Host, _ => "" };
            if (!IsLoopback(host)) return $"--redis must name loopback addresses only, not {endpoint}.";
        }
        return null;
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
