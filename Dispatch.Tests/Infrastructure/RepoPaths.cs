namespace Dispatch.Tests.Infrastructure;

public static class RepoPaths
{
    /// <summary>The checkout's root: the folder holding Dispatch.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string ChengduRegion => Path.Combine(Root, "regions", "chengdu", "region.json");

    /// <summary>The shared data folder that sits beside the checkout (CI clones with shared/ next to it).</summary>
    public static string SharedOsm => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data", "osm"));

    /// <summary>Debug or Release, whichever this test assembly was built as, so the server under test matches.</summary>
    public static string Configuration => new DirectoryInfo(TestContext.CurrentContext.TestDirectory).Parent!.Name;

    public static string ServerDll => Path.Combine(Root, "Dispatch.Server", "bin", Configuration, "net10.0", "Dispatch.Server.dll");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Dispatch.sln"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find the folder holding Dispatch.sln above " + AppContext.BaseDirectory);
    }
}
