using Dispatch.Server.Basemap.Features;

namespace Dispatch.Tests.Basemap;

public sealed class WayChainerJoinsWays
{
    [Test]
    public void PiecesOfARingInAnyDirectionCloseIntoOneRing()
    {
        long[][] pieces = [[1, 2, 3], [5, 4, 3], [5, 6, 1]];

        var chains = WayChainer.Chain(pieces);

        Assert.That(chains, Has.Count.EqualTo(1));
        Assert.That(WayChainer.IsClosed(chains[0]), Is.True);
        Assert.That(chains[0].Distinct().Order(), Is.EqualTo(new long[] { 1, 2, 3, 4, 5, 6 }));
    }

    [Test]
    public void DisjointWaysStaySeparate()
    {
        long[][] pieces = [[1, 2], [3, 4], [2, 7]];

        var chains = WayChainer.Chain(pieces);

        Assert.That(chains, Has.Count.EqualTo(2));
        Assert.That(chains.Select(c => c.Count).Order(), Is.EqualTo(new[] { 2, 3 }));
    }
}
