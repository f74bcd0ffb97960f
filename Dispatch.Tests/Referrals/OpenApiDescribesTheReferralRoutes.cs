using System.Text.Json.Nodes;
using Dispatch.Tests.Infrastructure;

namespace Dispatch.Tests.Referrals;

public sealed class OpenApiDescribesTheReferralRoutes
{
    [Test]
    public async Task Every_command_route_is_in_the_document_with_its_responses()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var host = await ReferralApiHost.StartAsync(redis);

        var document = JsonNode.Parse(await host.Client(null).GetStringAsync("/openapi/v1.json"))!;
        var paths = document["paths"]!.AsObject();

        var verbs = new[] { "match", "offer", "accept", "decline", "assign-vehicle", "en-route", "on-scene", "on-board", "arrived", "handover", "cancel", "escalate", "fail" };
        Assert.Multiple(() =>
        {
            Assert.That(paths.Select(p => p.Key), Is.SupersetOf(verbs.Select(v => $"/api/referrals/{{id}}/{v}")));
            Assert.That(paths.Select(p => p.Key), Is.SupersetOf(new[] { "/api/referrals", "/api/referrals/{id}", "/api/referrals/{id}/timeline", "/api/referrals/{id}/fhir" }));
            Assert.That(paths["/api/referrals/{id}/accept"]!["post"]!["responses"]!.AsObject().Select(r => r.Key), Is.SupersetOf(new[] { "200", "403", "409" }));
            Assert.That(paths["/api/referrals"]!["post"]!["requestBody"], Is.Not.Null);
        });
    }
}
