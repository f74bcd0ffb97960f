namespace Dispatch.Routing.Graph;

/// <summary>
/// Directed road graph in compressed-row form. Vertices are junctions and way ends; a road segment
/// (the geometry between two vertices) carries up to two directed edges, one per allowed direction.
/// Weights are whole <see cref="TravelTicks"/> (100 µs) so that every engine sums them exactly and agrees to the tick.
/// </summary>
public sealed class RoadGraph
{
    internal RoadGraph(
        double[] vertexLon, double[] vertexLat,
        int[] edgeFrom, int[] edgeTo, int[] edgeTicks, double[] edgeMeters, int[] edgeSegment,
        int[] segmentCoordStart, double[] coordLon, double[] coordLat, long[] segmentWayId,
        int[] segmentForward, int[] segmentBackward)
    {
        VertexLon = vertexLon; VertexLat = vertexLat;
        EdgeFrom = edgeFrom; EdgeTo = edgeTo; EdgeTicks = edgeTicks; EdgeMeters = edgeMeters; EdgeSegment = edgeSegment;
        SegmentCoordStart = segmentCoordStart; CoordLon = coordLon; CoordLat = coordLat; SegmentWayId = segmentWayId;
        SegmentForward = segmentForward; SegmentBackward = segmentBackward;
        (OutStart, OutEdges) = BuildIndex(vertexLon.Length, edgeFrom);
        (InStart, InEdges) = BuildIndex(vertexLon.Length, edgeTo);
    }

    public int VertexCount => VertexLon.Length;
    public int EdgeCount => EdgeFrom.Length;
    public int SegmentCount => SegmentWayId.Length;

    internal readonly double[] VertexLon, VertexLat;
    internal readonly int[] EdgeFrom, EdgeTo, EdgeSegment;
    /// <summary>Each edge's travel time in whole <see cref="TravelTicks"/>.</summary>
    internal readonly int[] EdgeTicks;
    internal readonly double[] EdgeMeters;
    internal readonly int[] SegmentCoordStart;
    internal readonly double[] CoordLon, CoordLat;
    internal readonly long[] SegmentWayId;
    /// <summary>Edge from the segment's first to its last coordinate, or -1.</summary>
    internal readonly int[] SegmentForward;
    /// <summary>Edge from the segment's last to its first coordinate, or -1.</summary>
    internal readonly int[] SegmentBackward;
    internal readonly int[] OutStart, OutEdges, InStart, InEdges;

    public GeoPoint Vertex(int v) => new(VertexLon[v], VertexLat[v]);
    public int EdgeFromVertex(int e) => EdgeFrom[e];
    public int EdgeToVertex(int e) => EdgeTo[e];
    /// <summary>The edge's travel time in whole milliseconds (rounded from its ticks).</summary>
    public int EdgeTravelMillis(int e) => TravelTicks.ToMillis(EdgeTicks[e]);
    /// <summary>The edge's travel time in whole <see cref="TravelTicks"/>, the unit the engines add.</summary>
    public int EdgeTravelTicks(int e) => EdgeTicks[e];
    public double EdgeLengthMeters(int e) => EdgeMeters[e];
    public long EdgeWayId(int e) => SegmentWayId[EdgeSegment[e]];

    internal bool IsForward(int edge) => SegmentForward[EdgeSegment[edge]] == edge;

    public IEnumerable<int> EdgesOfWay(long wayId)
    {
        for (var s = 0; s < SegmentCount; s++)
        {
            if (SegmentWayId[s] != wayId) continue;
            if (SegmentForward[s] >= 0) yield return SegmentForward[s];
            if (SegmentBackward[s] >= 0) yield return SegmentBackward[s];
        }
    }

    private static (int[] start, int[] items) BuildIndex(int vertexCount, int[] key)
    {
        var start = new int[vertexCount + 1];
        foreach (var k in key) start[k + 1]++;
        for (var i = 0; i < vertexCount; i++) start[i + 1] += start[i];
        var fill = (int[])start.Clone();
        var items = new int[key.Length];
        for (var e = 0; e < key.Length; e++) items[fill[key[e]]++] = e;
        return (start, items);
    }
}
