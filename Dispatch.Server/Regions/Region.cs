using System.Text.Json;

namespace Dispatch.Server.Regions;

/// <summary>A loaded region: its definition plus the absolute paths of its files.</summary>
public sealed class Region
{
    internal static readonly JsonSerializerOptions FileJson = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public RegionDefinition Definition { get; }
    public string Folder { get; }

    private Region(RegionDefinition definition, string folder)
    {
        Definition = definition;
        Folder = folder;
    }

    public string OsmPath => PathOf(Definition.Osm);
    public string FacilitiesPath => PathOf(Definition.Facilities);
    public string VehiclesPath => PathOf(Definition.Vehicles);
    public string AccountsPath => PathOf(Definition.Accounts);

    private string PathOf(string file) => Path.GetFullPath(Path.Combine(Folder, file));

    public static Region Load(string regionFile)
    {
        if (!File.Exists(regionFile))
            throw new FileNotFoundException($"Region file not found: {regionFile}. Set Region:Path to a region.json.", regionFile);
        var definition = JsonSerializer.Deserialize<RegionDefinition>(File.ReadAllText(regionFile), FileJson)
            ?? throw new InvalidDataException($"Region file {regionFile} is empty.");
        return new Region(definition, Path.GetDirectoryName(Path.GetFullPath(regionFile))!);
    }

    /// <summary>Finds the bundled demo region by walking up from the executable, so a plain build runs without configuration.</summary>
    public static string? FindBundled(string id = "chengdu")
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "regions", id, "region.json");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
