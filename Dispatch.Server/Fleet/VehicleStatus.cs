using System.Text.Json.Serialization;
namespace Dispatch.Server.Fleet;

[JsonConverter(typeof(JsonStringEnumConverter<VehicleStatus>))]
public enum VehicleStatus
{
    Available,
    Dispatched,
    EnRoute,
    OnScene,
    Transporting,
    AtHospital,
    Returning,
    OutOfService,
    /// <summary>Moving to a standby post to close a coverage gap; free to be dispatched on the way.</summary>
    Relocating,
}
