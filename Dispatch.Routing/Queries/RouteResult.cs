using NetTopologySuite.Geometries;

namespace Dispatch.Routing.Queries;

/// <summary>A point-to-point answer: time, distance, the road edges and the drawn line.</summary>
public sealed record RouteResult(RoutePath Path, LineString Geometry, string GeoJson)
{
    public double Seconds => Path.Time.Seconds;
    public double Meters => Path.Time.Meters;
}
