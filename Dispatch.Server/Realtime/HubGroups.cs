namespace Dispatch.Server.Realtime;

/// <summary>Hub groups: who may see what. Every connection joins exactly the groups its token entitles it to.</summary>
public static class HubGroups
{
    public const string Dispatchers = "dispatchers";
    public static string Facility(string id) => $"facility:{id}";
    public static string Hospital(string id) => $"hospital:{id}";
    public static string Vehicle(string id) => $"vehicle:{id}";
}
