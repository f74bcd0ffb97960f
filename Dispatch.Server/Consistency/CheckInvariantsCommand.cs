using System.CommandLine;
using StackExchange.Redis;

namespace Dispatch.Server.Consistency;

/// <summary><c>check-invariants</c>: lists every disagreement between referrals, calls and vehicles in a Redis; exit code 1 if any.</summary>
public static class CheckInvariantsCommand
{
    public static Command Create()
    {
        var redisOption = new Option<string>("--redis") { Description = "Redis to read (host:port)", DefaultValueFactory = _ => "127.0.0.1:6380" };
        var command = new Command("check-invariants", "List every disagreement between referrals, calls, transports and vehicles in Redis") { redisOption };
        command.SetAction(async parse =>
        {
            await using var redis = await ConnectionMultiplexer.ConnectAsync(parse.GetValue(redisOption)!);
            var found = await new InvariantChecker(redis).CheckAsync();
            foreach (var d in found) Console.WriteLine(d);
            Console.WriteLine(found.Count == 0 ? "No disagreements." : $"{found.Count} disagreement(s).");
            return found.Count == 0 ? 0 : 1;
        });
        return command;
    }
}
