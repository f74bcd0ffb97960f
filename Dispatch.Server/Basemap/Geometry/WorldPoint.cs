namespace Dispatch.Server.Basemap.Geometry;

/// <summary>A point in normalised Web Mercator space: x and y run 0..1 across the world, y grows southwards.</summary>
public readonly record struct WorldPoint(double X, double Y);
