using System.Text.Json;
using Dispatch.Server.Regions;

namespace Dispatch.Server.Fleet;

/// <summary>The vehicles of the region, read from its vehicles file.</summary>
public sealed class VehicleRegistry(IEnumerable<Vehicle> vehicles)
{
    private readonly Dictionary<string, Vehicle> _vehicles = vehicles.ToDictionary(v => v.Id);

    public IReadOnlyCollection<Vehicle> All => _vehicles.Values;
    public Vehicle? Find(string id) => _vehicles.GetValueOrDefault(id);

    public static VehicleRegistry Load(Region region)
    {
        var file = JsonSerializer.Deserialize<VehiclesFile>(File.ReadAllText(region.VehiclesPath), Region.FileJson)
            ?? throw new InvalidDataException("Vehicles file is empty.");
        foreach (var v in file.Vehicles)
            if (v.Kind is not (VehicleKinds.Ambulance or VehicleKinds.NonEmergency))
                throw new InvalidDataException($"Vehicle {v.Id}: kind must be ambulance or nonEmergency.");
        return new VehicleRegistry(file.Vehicles);
    }

    private sealed record VehiclesFile(List<Vehicle> Vehicles);
}
