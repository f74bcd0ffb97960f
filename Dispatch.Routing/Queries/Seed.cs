namespace Dispatch.Routing.Queries;

/// <summary>A search start or end at a vertex, with the partial cost of the road edge between it and the snapped point.</summary>
internal readonly record struct Seed(int Vertex, int Millis, double Meters, int Edge);
