using OsmSharp.Tags;
using Dispatch.Routing.Profiles;

namespace Dispatch.Routing.Import;

/// <summary>Which directions of a way a vehicle may drive, from its oneway, junction and highway tags.</summary>
public static class OnewayRule
{
    public static (bool forward, bool backward) Directions(TagsCollectionBase tags, string highway, RoutingProfile profile)
    {
        if (tags.TryGetValue("oneway", out var oneway))
        {
            switch (oneway.Trim().ToLowerInvariant())
            {
                case "yes": case "true": case "1": return (true, false);
                case "-1": case "reverse": return (false, true);
                case "no": case "false": case "0": return (true, true);
            }
        }
        if (profile.ImpliedOneway)
        {
            var roundabout = tags.TryGetValue("junction", out var junction) && junction == "roundabout";
            if (roundabout || highway == "motorway") return (true, false);
        }
        return (true, true);
    }
}
