using System.Reflection;
using System.Text.RegularExpressions;

namespace Dispatch.Server.Records.Store;

/// <summary>One schema step: an SQL file embedded as <c>Migrations/NNNN_name.sql</c> by any capability folder.</summary>
public sealed partial record Migration(int Version, string Name, string Sql)
{
    [GeneratedRegex(@"^Migrations/(?<n>\d{4})_(?<name>[A-Za-z0-9_\-]+)\.sql$")]
    private static partial Regex ResourceName();

    /// <summary>Every migration embedded in <paramref name="assembly"/>, in version order; two with one number is a build mistake.</summary>
    public static IReadOnlyList<Migration> FromAssembly(Assembly assembly)
    {
        var found = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = ResourceName().Match(resource);
            if (!match.Success) continue;
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            found.Add(new Migration(int.Parse(match.Groups["n"].Value), match.Groups["name"].Value, reader.ReadToEnd()));
        }
        var clash = found.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
            throw new InvalidOperationException($"Two migrations share number {clash.Key:D4}: {string.Join(", ", clash.Select(m => m.Name))}.");
        return found.OrderBy(m => m.Version).ToList();
    }
}
