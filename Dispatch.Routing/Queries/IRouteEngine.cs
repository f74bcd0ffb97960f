using Dispatch.Routing.Snapping;

namespace Dispatch.Routing.Queries;

/// <summary>Travel-time queries between snapped points. Implementations are safe for concurrent use.</summary>
public interface IRouteEngine
{
    TravelTime Between(SnapResult from, SnapResult to);

    RoutePath? Path(SnapResult from, SnapResult to);

    /// <summary>Fills <paramref name="results"/>[i] for each target in order; stops early (leaving NotComputed) once the deadline passes.</summary>
    void OneToMany(SnapResult from, IReadOnlyList<SnapResult> to, TravelTime[] results, Deadline deadline = default);

    /// <summary>Fills <paramref name="results"/>[i] for each origin in order; stops early (leaving NotComputed) once the deadline passes.</summary>
    void ManyToOne(IReadOnlyList<SnapResult> from, SnapResult to, TravelTime[] results, Deadline deadline = default);
}
