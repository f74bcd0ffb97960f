namespace Dispatch.Server.Calls;

/// <summary>What a complaint category asks of the vehicle by default: the type to send first when one is in reach, and the kit it must carry.</summary>
public sealed record CallCategory(string Code, string? VehicleType, IReadOnlyList<string> Equipment);

/// <summary>
/// Defaults at intake, by complaint category. The vehicle type is a preference (an ALS ambulance first when one is
/// within reach, else the nearest), the equipment a requirement; the call-taker may change both before saving.
/// </summary>
public static class CallCategories
{
    public static readonly IReadOnlyList<CallCategory> All =
    [
        new("chestPain", "ALS", ["oxygen", "monitor"]),
        new("stroke", "ALS", ["oxygen", "monitor"]),
        new("trauma", "ALS", ["oxygen"]),
        new("dyspnoea", "ALS", ["oxygen", "monitor"]),
        new("obstetric", null, ["oxygen"]),
        new("paediatric", null, ["oxygen", "monitor"]),
        new("other", null, []),
    ];

    public static CallCategory? Find(string? code) => All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
}
