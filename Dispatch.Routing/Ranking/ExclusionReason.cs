namespace Dispatch.Routing.Ranking;

/// <summary>Why a candidate was left out of a ranking. Stable codes: the UI may translate them itself.</summary>
public enum ExclusionReason
{
    MissingCapability,
    LevelTooLow,
    NoBedsAvailable,
    OnDiversion,
    OutsideTimeWindow,
    Unreachable,
    NotSnappable,
    WrongVehicleKind,
    MissingEquipment,
    NotAvailable,
    StalePosition,
}
