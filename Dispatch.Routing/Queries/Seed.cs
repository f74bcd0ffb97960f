namespace Dispatch.Routing.Queries;

/// <summary>
/// A search start or end at a vertex, with the partial cost (whole <see cref="TravelTicks"/>) and length of the road
/// edge between it and the snapped point.
/// </summary>
internal readonly record struct Seed(int Vertex, int Ticks, double Meters, int Edge);
