using Dispatch.Server.Basemap.Tiles;

namespace Dispatch.Tests.Basemap;

public sealed class TileCacheKeepsRecentTiles
{
    private static readonly TileId A = new(15, 1, 1);
    private static readonly TileId B = new(15, 1, 2);
    private static readonly TileId C = new(15, 1, 3);

    [Test]
    public void SecondRequestIsServedWithoutRendering()
    {
        var cache = new TileCache(4);
        var renders = 0;
        byte[] Render(TileId _) { renders++; return [1, 2, 3]; }

        var first = cache.GetOrRender(A, Render);
        var second = cache.GetOrRender(A, Render);

        Assert.That(renders, Is.EqualTo(1));
        Assert.That(second, Is.SameAs(first));
    }

    [Test]
    public void LeastRecentlyUsedTileIsEvictedAtCapacity()
    {
        var cache = new TileCache(2);
        byte[] Render(TileId _) => [0];

        cache.GetOrRender(A, Render);
        cache.GetOrRender(B, Render);
        cache.GetOrRender(A, Render); // A is now more recent than B
        cache.GetOrRender(C, Render);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(cache.Count, Is.EqualTo(2));
            Assert.That(cache.Contains(A), Is.True);
            Assert.That(cache.Contains(B), Is.False);
            Assert.That(cache.Contains(C), Is.True);
        }
    }

    [Test]
    public void ParallelRequestsAllGetTheTile()
    {
        var cache = new TileCache(8);
        var tiles = Enumerable.Range(0, 400).Select(i => new TileId(15, i % 20, 0)).ToArray();

        var results = new byte[tiles.Length][];
        Parallel.For(0, tiles.Length, i => results[i] = cache.GetOrRender(tiles[i], t => [(byte)t.X]));

        Assert.That(results.Select((r, i) => r[0] == tiles[i].X), Is.All.True);
        Assert.That(cache.Count, Is.LessThanOrEqualTo(8));
    }
}
