namespace Dispatch.Server.Coverage.Maths;

/// <summary>Road time from each standby post to every cell (one table per post), for evaluating moves without a search.</summary>
public sealed class PostTimes(IReadOnlyList<int[]> perPost)
{
    public IReadOnlyList<int[]> PerPost { get; } = perPost;
    public int Count => PerPost.Count;
}
