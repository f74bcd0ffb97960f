using Dispatch.Server.Accounts;
using Dispatch.Server.Fleet;
using Microsoft.AspNetCore.SignalR;

namespace Dispatch.Server.Realtime;

/// <summary>
/// Who is reporting positions on a connection, decided once per connection: its token's claims and the region's
/// registry do not change while it is open, and a device reports several times a second.
/// </summary>
public sealed record ReportingDevice(string? VehicleId, string? Refusal)
{
    public static ReportingDevice Of(HubCallerContext connection, VehicleRegistry vehicles) => connection.GetOrAdd(c =>
    {
        var user = c.User!;
        return user.Role() != Roles.Vehicle || user.VehicleId() is not { } vehicleId ? new ReportingDevice(null, "Only a vehicle device may report positions.")
            : vehicles.Find(vehicleId) is null ? new ReportingDevice(vehicleId, $"Vehicle {vehicleId} is not in the region's registry.")
            : new ReportingDevice(vehicleId, null);
    });

    /// <returns>null when this device may store the report, else why not.</returns>
    public string? Check(PositionReport? report, PositionReportValidator validator) =>
        VehicleId is null ? Refusal
        : report?.VehicleId is { } claimed && claimed != VehicleId ? "A device may only report its own vehicle's position."
        : Refusal ?? validator.Check(report);

    /// <summary>The report as the vehicle's position; only for a report <see cref="Check"/> passed.</summary>
    public VehiclePosition Position(PositionReport report) =>
        new(VehicleId!, report.Lon, report.Lat, report.SpeedKmh ?? 0, report.HeadingDeg ?? 0, report.Timestamp);
}
