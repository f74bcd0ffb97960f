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
}
