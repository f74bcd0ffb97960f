using Dispatch.Server.Fleet;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dispatch.Server.Accounts;
using Dispatch.Server.Regions;

namespace Dispatch.Server.Tools.Load;

/// <summary>
/// A throwaway copy of a region with as many bench vehicles as asked for. Each vehicle gets a device account so the
/// server's account bindings hold; they share one hash of a random password nobody knows, since devices use minted tokens.
/// </summary>
public static class BenchRegion
{
    public static string VehicleId(int index) => $"bench-{index + 1:D5}";

    /// <returns>the path of the new region.json.</returns>
    public static string Create(string sourceRegionFile, string folder, int vehicles)
    {
        var source = Region.Load(sourceRegionFile);
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(source.Folder))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);

        var b = source.Definition.Bounds;
        var random = new Random(120);
        var list = new JsonArray();
        for (var i = 0; i < vehicles; i++)
            list.Add(new JsonObject
            {
                ["id"] = VehicleId(i),
                ["callSign"] = $"压测{i + 1:D5}",
                ["kind"] = VehicleKinds.Ambulance,
                ["type"] = "BLS",
                ["equipment"] = new JsonArray("oxygen", "monitor"),
                ["stationName"] = "压测站",
                ["stationNameEn"] = "Load test station",
                ["station"] = new JsonObject { ["lon"] = Lerp(b.West, b.East, random.NextDouble()), ["lat"] = Lerp(b.South, b.North, random.NextDouble()) },
            });
        File.WriteAllText(Path.Combine(folder, source.Definition.Vehicles), new JsonObject { ["vehicles"] = list }.ToJsonString());

        // Staff accounts stay (their facilities are copied along); the region's own device accounts go with its vehicles.
        var accounts = JsonNode.Parse(File.ReadAllText(source.AccountsPath), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!
            ["accounts"]!.AsArray().Where(a => (string?)a!["role"] != Roles.Vehicle).Select(a => a!.DeepClone()).ToList();
        var unusable = AccountStore.Hash(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        for (var i = 0; i < vehicles; i++)
            accounts.Add(new JsonObject
            {
                ["username"] = $"device.{VehicleId(i)}", ["role"] = Roles.Vehicle, ["displayName"] = VehicleId(i),
                ["vehicleId"] = VehicleId(i), ["passwordHash"] = unusable,
            });
        File.WriteAllText(Path.Combine(folder, source.Definition.Accounts), new JsonObject { ["accounts"] = new JsonArray([.. accounts]) }.ToJsonString());
        return Path.Combine(folder, Path.GetFileName(sourceRegionFile));
    }

    private static double Lerp(double a, double b, double t) => a + (b - a) * t;
}
