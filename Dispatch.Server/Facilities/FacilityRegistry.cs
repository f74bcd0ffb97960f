using System.Collections.Concurrent;
using System.Text.Json;
using Dispatch.Server.Regions;

namespace Dispatch.Server.Facilities;

/// <summary>The hospitals and grassroots facilities of the region. Beds and diversion change during the day, so hospitals are replaced atomically.</summary>
public sealed class FacilityRegistry
{
    private readonly ConcurrentDictionary<string, Hospital> _hospitals;
    private readonly Dictionary<string, GrassrootsFacility> _grassroots;

    public FacilityRegistry(IEnumerable<Hospital> hospitals, IEnumerable<GrassrootsFacility> grassroots)
    {
        _hospitals = new(hospitals.ToDictionary(h => h.Id));
        _grassroots = grassroots.ToDictionary(g => g.Id);
    }

    public IReadOnlyCollection<Hospital> Hospitals => _hospitals.Values.OrderBy(h => h.Id, StringComparer.Ordinal).ToList();
    public IReadOnlyCollection<GrassrootsFacility> Grassroots => _grassroots.Values;

    public Hospital? FindHospital(string id) => _hospitals.GetValueOrDefault(id);
    public GrassrootsFacility? FindGrassroots(string id) => _grassroots.GetValueOrDefault(id);

    public void Update(Hospital hospital) => _hospitals[hospital.Id] = hospital;

    public static FacilityRegistry Load(Region region)
    {
        var file = JsonSerializer.Deserialize<FacilitiesFile>(File.ReadAllText(region.FacilitiesPath), Region.FileJson)
            ?? throw new InvalidDataException("Facilities file is empty.");
        foreach (var h in file.Hospitals)
        {
            var unknown = h.Capabilities.Where(c => !Capabilities.All.Contains(c)).ToList();
            if (unknown.Count > 0) throw new InvalidDataException($"Hospital {h.Id}: unknown capabilities {string.Join(", ", unknown)}.");
        }
        return new FacilityRegistry(file.Hospitals, file.Grassroots);
    }

    private sealed record FacilitiesFile(List<Hospital> Hospitals, List<GrassrootsFacility> Grassroots);
}
