using Dispatch.Routing;

namespace Dispatch.Server.Coverage.Posts;

/// <summary>Where an ambulance may wait: a 120 station, a township health centre, or a post named in configuration.</summary>
public sealed record StandbyPost(string Id, string Name, string? NameEn, string Kind, GeoPoint Point)
{
    public const string StationKind = "station";
    public const string TownshipKind = "township";
    public const string ConfiguredKind = "post";
}
