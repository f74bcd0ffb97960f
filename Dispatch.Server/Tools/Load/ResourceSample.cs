using System.Diagnostics;
using StackExchange.Redis;

namespace Dispatch.Server.Tools.Load;

/// <summary>
/// CPU and memory at one instant: the server process from /proc/&lt;pid&gt;/stat and /status, Redis from INFO, and this
/// bench process. Two samples give the CPU share and Redis commands per second in between.
/// </summary>
public sealed record ResourceSample(DateTime At, double? ServerCpuSeconds, double? ServerRssMb, double RedisCpuSeconds, long RedisCommands, double BenchCpuSeconds)
{
    // USER_HZ is 100 on every Linux this runs on; /proc/<pid>/stat counts CPU time in those ticks.
    private const double TicksPerSecond = 100;

    public static async Task<ResourceSample> TakeAsync(int? serverPid, IConnectionMultiplexer redis)
    {
        var info = (await redis.GetServers()[0].InfoAsync()).SelectMany(g => g).ToDictionary(p => p.Key, p => p.Value);
        double Num(string key) => info.TryGetValue(key, out var v) && double.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : 0;
        var (cpu, rss) = serverPid is { } pid ? ReadProc(pid) : (null, null);
        return new ResourceSample(DateTime.UtcNow, cpu, rss, Num("used_cpu_user") + Num("used_cpu_sys"), (long)Num("total_commands_processed"),
            Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds);
    }

    private static (double?, double?) ReadProc(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // Fields after the parenthesised command name: state is field 3, utime 14 and stime 15.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var cpu = (double.Parse(fields[11]) + double.Parse(fields[12])) / TicksPerSecond;
            var rssLine = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            double? rss = rssLine is null ? null : double.Parse(rssLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;
            return (cpu, rss);
        }
        catch (IOException)
        {
            return (null, null);
        }
    }
}
