using System.Net;
using Dispatch.Server.Basemap;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;

namespace Dispatch.Tests.Basemap;

/// <summary>The tile endpoint on a tiny host of its own, not the full server.</summary>
public sealed class TileEndpointRejectsBadAddresses
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Basemap:CacheTiles"] = "50" }).Build();
        builder.Services.AddBasemap(ChengduRegion.PbfPath, config);
        _app = builder.Build();
        _app.MapBasemap();
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [TestCase("/tiles/20/0/0.png", TestName = "zoom above 19")]
    [TestCase("/tiles/-1/0/0.png", TestName = "negative zoom")]
    [TestCase("/tiles/3/8/0.png", TestName = "column past the edge")]
    [TestCase("/tiles/3/0/8.png", TestName = "row past the edge")]
    [TestCase("/tiles/15/-1/13448.png", TestName = "negative column")]
    [TestCase("/tiles/0/1/0.png", TestName = "column 1 at zoom 0")]
    public async Task BadAddressIsProblem400(string url)
    {
        using var response = await _client.GetAsync(url);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        }
    }

    [Test]
    public async Task GoodAddressIsCacheablePng()
    {
        var tile = ChengduRegion.CentreTile(15);

        using var response = await _client.GetAsync($"/tiles/{tile.Z}/{tile.X}/{tile.Y}.png");
        var body = await response.Content.ReadAsByteArrayAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
            Assert.That(response.Headers.CacheControl?.Public, Is.True);
            Assert.That(response.Headers.CacheControl?.MaxAge, Is.GreaterThan(TimeSpan.Zero));
            Assert.That(TilePixels.IsPng(body), Is.True);
        }
    }

    [Test]
    public async Task ZoomOutsideTheRenderedRangeStillAnswers()
    {
        using var world = await _client.GetAsync("/tiles/0/0/0.png");
        using var deepest = await _client.GetAsync("/tiles/19/0/0.png");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(world.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(deepest.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
    }
}
