namespace Dispatch.Routing.Ranking;

/// <summary>Human texts for exclusion reasons in English and simplified Chinese.</summary>
public static class ExclusionTexts
{
    public static string English(ExclusionReason reason, string? detail) => reason switch
    {
        ExclusionReason.MissingCapability => $"Does not offer the required capability {detail}.",
        ExclusionReason.LevelTooLow => $"Hospital grade is below the required level ({detail}).",
        ExclusionReason.NoBedsAvailable => $"No free beds for {detail}.",
        ExclusionReason.OnDiversion => "Hospital is on diversion and not accepting patients.",
        ExclusionReason.OutsideTimeWindow => $"Travel time exceeds the clinical time window ({detail}).",
        ExclusionReason.Unreachable => "Cannot be reached by road (closures or network).",
        ExclusionReason.NotSnappable => "Location is too far from any usable road.",
        ExclusionReason.WrongVehicleKind => $"Vehicle type {detail} is not suitable.",
        ExclusionReason.MissingEquipment => $"Vehicle lacks required equipment {detail}.",
        ExclusionReason.NotAvailable => "Vehicle is not available.",
        ExclusionReason.StalePosition => $"Vehicle position is stale (last seen {detail}).",
        _ => reason.ToString(),
    };

    public static string Chinese(ExclusionReason reason, string? detail) => reason switch
    {
        ExclusionReason.MissingCapability => $"不具备所需救治能力：{detail}。",
        ExclusionReason.LevelTooLow => $"医院等级低于要求（{detail}）。",
        ExclusionReason.NoBedsAvailable => $"{detail} 无空余床位。",
        ExclusionReason.OnDiversion => "医院暂停接收患者（分流中）。",
        ExclusionReason.OutsideTimeWindow => $"路程时间超出救治时间窗（{detail}）。",
        ExclusionReason.Unreachable => "道路无法到达（封路或路网原因）。",
        ExclusionReason.NotSnappable => "位置距离可通行道路过远。",
        ExclusionReason.WrongVehicleKind => $"车辆类型 {detail} 不符合要求。",
        ExclusionReason.MissingEquipment => $"车辆缺少所需设备：{detail}。",
        ExclusionReason.NotAvailable => "车辆当前不可用。",
        ExclusionReason.StalePosition => $"车辆位置已过期（最后上报 {detail}）。",
        _ => reason.ToString(),
    };
}
