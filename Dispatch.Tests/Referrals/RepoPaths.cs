namespace Dispatch.Tests.Referrals;

internal static class RepoPaths
{
    /// <summary>The folder holding Dispatch.sln, found by walking up from the test binaries.</summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Dispatch.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Dispatch.sln not found above the test directory.");
    }
}
