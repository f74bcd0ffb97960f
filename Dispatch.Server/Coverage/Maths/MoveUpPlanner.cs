namespace Dispatch.Server.Coverage.Maths;

/// <summary>One candidate move: source (an available ambulance) to post, with the demand it brings within target.</summary>
public sealed record MoveOption(int Source, int Post, double GainDemand, double GainShare);

/// <summary>A move with what it does to every zone it touches; zones left below target are named.</summary>
public sealed record MoveUpPlan(MoveOption Move, double ShareAfter, IReadOnlyList<ZoneChange> Zones, IReadOnlyList<ZoneChange> LeftBelowTarget);

/// <summary>
/// Best single moves of an available ambulance to a standby post. Every (ambulance, post) pair is scored without a new
/// search and without a pass over the whole grid per pair: with the post's time table d and the current nearest and
/// second-nearest times t1, t2, moving ambulance v to post p changes cell c to min(t2, d) where v was the nearest and to
/// min(t1, d) elsewhere. The "elsewhere" part is the post's gain over the whole grid, computed once per post, corrected
/// on the cells of v only; so all pairs together cost one pass over the grid per post.
/// </summary>
public static class MoveUpPlanner
{
    /// <param name="perSource">keep only each ambulance's best this many posts (all when 0): enough for suggestions that
    /// use each post once, without sorting every pair.</param>
    public static List<MoveOption> Rank(CoveragePicture picture, PostTimes posts, IReadOnlyList<int> candidates, int perSource = 0)
    {
        var t1 = picture.Times.First;
        var t2 = picture.Times.Second;
        var target = picture.Target;
        var demand = picture.Demand;
        var total = picture.TotalDemand;
        var gains = new double[candidates.Count * posts.Count];
        for (var p = 0; p < posts.Count; p++)
        {
            var d = posts.PerPost[p];
            var postGain = 0d;
            for (var c = 0; c < d.Length; c++)
                if (d[c] <= target[c] && t1[c] > target[c]) postGain += demand[c];
            for (var k = 0; k < candidates.Count; k++)
            {
                var gain = postGain;
                foreach (var c in picture.NearestTo(candidates[k]))
                {
                    var t = target[c];
                    var was = t1[c] <= t;
                    if (d[c] <= t && !was) gain -= demand[c];
                    var now = (t2[c] < d[c] ? t2[c] : d[c]) <= t;
                    if (now != was) gain += now ? demand[c] : -demand[c];
                }
                gains[k * posts.Count + p] = gain;
            }
        }
        var keep = perSource <= 0 ? posts.Count : Math.Min(perSource, posts.Count);
        var options = new List<MoveOption>(candidates.Count * keep);
        var order = new int[posts.Count];
        for (var k = 0; k < candidates.Count; k++)
        {
            var row = k * posts.Count;
            for (var p = 0; p < order.Length; p++) order[p] = p;
            if (keep < posts.Count) Array.Sort(order, (a, b) => gains[row + b].CompareTo(gains[row + a]) is var g and not 0 ? g : a.CompareTo(b));
            for (var i = 0; i < keep; i++)
            {
                var gain = gains[row + order[i]];
                options.Add(new MoveOption(candidates[k], order[i], gain, total > 0 ? gain / total : 0));
            }
        }
        options.Sort((a, b) => b.GainDemand.CompareTo(a.GainDemand) is var byGain and not 0 ? byGain
            : a.Source != b.Source ? a.Source.CompareTo(b.Source) : a.Post.CompareTo(b.Post));
        return options;
    }

    /// <summary>The full effect of one move on every zone (one pass over the grid).</summary>
    public static MoveUpPlan Explain(CoveragePicture picture, PostTimes posts, MoveOption move, double zoneTargetShare)
    {
        var d = posts.PerPost[move.Post];
        var times = picture.Times;
        var zoneCount = picture.ZoneDemand.Length;
        var covered = new double[zoneCount];
        var time = new double[zoneCount];
        for (var c = 0; c < picture.Grid.Count; c++)
        {
            var before = times.FirstSource[c] == move.Source ? times.Second[c] : times.First[c];
            var after = Math.Min(before, d[c]);
            var z = picture.Zone[c];
            if (after <= picture.Target[c]) covered[z] += picture.Demand[c];
            time[z] += picture.Demand[c] * Math.Min(after, CoveragePicture.CapMillis);
        }
        var zones = new List<ZoneChange>();
        var coveredAll = 0d;
        for (var z = 0; z < zoneCount; z++)
        {
            coveredAll += covered[z];
            var demand = picture.ZoneDemand[z];
            var change = new ZoneChange(z, picture.ZoneShare(z), demand > 0 ? covered[z] / demand : 1,
                picture.ZoneMeanMillis(z), demand > 0 ? time[z] / demand : 0);
            if (Math.Abs(change.ShareDrop) > 1e-12 || Math.Abs(change.MeanMillisAfter - change.MeanMillisBefore) > 0.5) zones.Add(change);
        }
        var below = zones.Where(z => z.ShareAfter < z.ShareBefore - 1e-12 && z.ShareAfter < zoneTargetShare).ToList();
        return new MoveUpPlan(move, picture.TotalDemand > 0 ? coveredAll / picture.TotalDemand : 0, zones, below);
    }

    /// <summary>
    /// Up to <paramref name="max"/> suggestions with a positive gain, each a different ambulance and a different post,
    /// best first; a move that leaves another zone below target is kept only when no clean move of that size exists,
    /// and it names the zone.
    /// </summary>
    public static List<MoveUpPlan> Suggest(CoveragePicture picture, PostTimes posts, IReadOnlyList<int> candidates, int max, double zoneTargetShare)
    {
        var plans = new List<MoveUpPlan>();
        var usedSources = new HashSet<int>();
        var usedPosts = new HashSet<int>();
        foreach (var option in Rank(picture, posts, candidates, perSource: max))
        {
            if (plans.Count >= max || option.GainDemand <= 1e-9) break;
            if (usedSources.Contains(option.Source) || usedPosts.Contains(option.Post)) continue;
            plans.Add(Explain(picture, posts, option, zoneTargetShare));
            usedSources.Add(option.Source);
            usedPosts.Add(option.Post);
        }
        // Clean moves first; among them, and among the others, by gain.
        return plans.OrderBy(p => p.LeftBelowTarget.Count > 0).ThenByDescending(p => p.Move.GainDemand).ToList();
    }
}
