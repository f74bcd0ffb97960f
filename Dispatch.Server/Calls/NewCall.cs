using Dispatch.Server.Regions;

namespace Dispatch.Server.Calls;

/// <summary>What a dispatcher (or, for transports, a doctor) enters when a call comes in.</summary>
public sealed record NewCall(
    string? Kind,
    double? Lon,
    double? Lat,
    string? Address,
    string? ChiefComplaint,
    int? Priority,
    string? CallerPhone,
    IReadOnlyList<string>? RequiredEquipment,
    bool? WheelchairNeeded,
    string? DestinationHospitalId,
    string? VehicleType = null,
    string? Category = null);

public static class NewCallValidation
{
    private static readonly HashSet<string> KnownEquipment = ["oxygen", "monitor", "ventilator", "defibrillator", "negativePressure", "wheelchair"];
    /// <summary>Ambulance types a call-taker may ask for first (vehicles.json "type").</summary>
    public static readonly IReadOnlyList<string> KnownVehicleTypes = ["ALS", "BLS", "negativePressure"];

    public static Dictionary<string, string[]> Check(NewCall? call, Region region, Facilities.FacilityRegistry facilities)
    {
        var errors = new Dictionary<string, string[]>();
        if (call is null) { errors["body"] = ["A call is required."]; return errors; }
        if (call.Kind is not null && !Enum.TryParse<CallKind>(call.Kind, ignoreCase: true, out _))
            errors["kind"] = ["Kind must be Emergency or Transport."];
        if (call.Lon is not { } lon || call.Lat is not { } lat || !double.IsFinite(lon) || !double.IsFinite(lat))
            errors["location"] = ["The caller's location (lon, lat) is required."];
        else if (!region.Definition.Bounds.Contains(lon, lat))
            errors["location"] = [$"The location is outside the region {region.Definition.Name}."];
        if (string.IsNullOrWhiteSpace(call.ChiefComplaint)) errors["chiefComplaint"] = ["The chief complaint is required."];
        else if (call.ChiefComplaint.Length > 500) errors["chiefComplaint"] = ["At most 500 characters."];
        if (call.Priority is not (>= 1 and <= 4)) errors["priority"] = ["Priority must be 1 (most urgent) to 4."];
        if (call.CallerPhone is { } phone && (phone.Length > 32 || !phone.All(c => char.IsDigit(c) || c is '+' or '-' or ' ')))
            errors["callerPhone"] = ["A phone number has digits, spaces, + and - only (at most 32)."];
        if (call.Address is { Length: > 200 }) errors["address"] = ["At most 200 characters."];
        if (call.RequiredEquipment is { } equipment && equipment.Any(e => !KnownEquipment.Contains(e)))
            errors["requiredEquipment"] = [$"Known equipment: {string.Join(", ", KnownEquipment)}."];
        if (call.VehicleType is { } type && !KnownVehicleTypes.Contains(type))
            errors["vehicleType"] = [$"Known vehicle types: {string.Join(", ", KnownVehicleTypes)}."];
        if (call.Category is { } category && CallCategories.Find(category) is null)
            errors["category"] = [$"Known categories: {string.Join(", ", CallCategories.All.Select(c => c.Code))}."];
        if (call.DestinationHospitalId is { } h && facilities.FindHospital(h) is null)
            errors["destinationHospitalId"] = ["No such hospital in the region."];
        return errors;
    }
}
