using Dispatch.Routing;
using Dispatch.Routing.Snapping;

namespace Dispatch.Server.Coverage.Grid;

/// <summary>One square of the grid: its centre, where that centre meets the road network, its zone and its demand.</summary>
public sealed record CoverageCell(int Column, int Row, GeoPoint Centre, SnapResult Snap, int Zone, double Demand);
