using Dispatch.Routing.Graph;

namespace Dispatch.Server.Tools.Simulation;

/// <summary>Where a vehicle is along a planned route after some seconds of driving, at the route's own average speed.</summary>
public sealed class RouteFollower
{
    private readonly double[][] _points;
    private readonly double[] _cumulative;
    public double TotalSeconds { get; }
    public double TotalMeters { get; }

    public RouteFollower(double[][] points, double seconds)
    {
        if (points.Length < 1) throw new ArgumentException("A route needs at least one point.", nameof(points));
        _points = points;
        _cumulative = new double[points.Length];
        for (var i = 1; i < points.Length; i++)
            _cumulative[i] = _cumulative[i - 1] + Haversine.Meters(points[i - 1][0], points[i - 1][1], points[i][0], points[i][1]);
        TotalMeters = _cumulative[^1];
        TotalSeconds = Math.Max(seconds, 1);
    }

    public bool IsFinished(double elapsedSeconds) => elapsedSeconds >= TotalSeconds;

    public (double Lon, double Lat, double HeadingDeg, double SpeedKmh) At(double elapsedSeconds)
    {
        var speed = TotalMeters / TotalSeconds;
        var travelled = Math.Clamp(elapsedSeconds * speed, 0, TotalMeters);
        var i = Array.BinarySearch(_cumulative, travelled);
        if (i < 0) i = ~i;
        i = Math.Clamp(i, 1, Math.Max(1, _points.Length - 1));
        if (_points.Length == 1) return (_points[0][0], _points[0][1], 0, 0);
        var a = _points[i - 1];
        var b = _points[i];
        var span = _cumulative[i] - _cumulative[i - 1];
        var f = span <= 0 ? 1 : (travelled - _cumulative[i - 1]) / span;
        var moving = elapsedSeconds < TotalSeconds;
        return (a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, Bearing(a, b), moving ? speed * 3.6 : 0);
    }

    private static double Bearing(double[] a, double[] b)
    {
        double lat1 = double.DegreesToRadians(a[1]), lat2 = double.DegreesToRadians(b[1]), dLon = double.DegreesToRadians(b[0] - a[0]);
        var y = Math.Sin(dLon) * Math.Cos(lat2);
        var x = Math.Cos(lat1) * Math.Sin(lat2) - Math.Sin(lat1) * Math.Cos(lat2) * Math.Cos(dLon);
        return (double.RadiansToDegrees(Math.Atan2(y, x)) + 360) % 360;
    }
}
