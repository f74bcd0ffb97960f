using Dispatch.Server.Routing;
using System.Globalization;
using Dispatch.Routing;

namespace Dispatch.Server.Tools.Routing;

/// <summary>
/// Reads from_lon,from_lat,to_lon,to_lat rows and writes seconds,meters rows in the same order; seconds to the engine's
/// tick (four decimals).
/// </summary>
internal static class RouteCsv
{
    public static void Run(RoutingEngine engine, string csvPath, TextWriter output)
    {
        output.WriteLine("seconds,meters");
        using var reader = new StreamReader(csvPath);
        var header = reader.ReadLine();
        if (header is null) return;
        var columns = header.Split(',').Select(c => c.Trim().ToLowerInvariant()).ToList();
        string[] wanted = ["from_lon", "from_lat", "to_lon", "to_lat"];
        var idx = wanted.Select(w => columns.IndexOf(w)).ToArray();
        if (idx.Any(i => i < 0)) idx = [0, 1, 2, 3]; // headers named differently: take the first four columns
        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var cells = line.Split(',');
            var time = TravelTime.Unreachable;
            if (cells.Length > idx.Max() && TryParse(cells, idx, out var from, out var to))
                time = engine.TravelTime(from, to);
            output.WriteLine(time.IsReached
                ? $"{RoutingCommands.Number(time.Seconds, "0.####")},{RoutingCommands.Number(time.Meters, "0.##")}"
                : "NaN,NaN");
        }
    }

    private static bool TryParse(string[] cells, int[] idx, out GeoPoint from, out GeoPoint to)
    {
        var v = new double[4];
        for (var i = 0; i < 4; i++)
        {
            if (!double.TryParse(cells[idx[i]].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out v[i]) || !double.IsFinite(v[i]))
            {
                from = to = default;
                return false;
            }
        }
        from = new GeoPoint(v[0], v[1]);
        to = new GeoPoint(v[2], v[3]);
        return true;
    }
}
