using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dispatch.Server.Numbering;
using Dispatch.Server.Referrals.Persistence;
using Dispatch.Tests.Referrals;
using StackExchange.Redis;
using static Dispatch.Tests.Referrals.ReferralSamples;

namespace Dispatch.Tests.Numbering;

/// <summary>
/// Referrals and transports get short numbers people can read out on the phone (ZZ20261205-0007), unique per region
/// and day, kept for good, searchable, and carried into the FHIR export.
/// </summary>
public sealed class CasesCarryReadableNumbers : ReferralApiFixture
{
    private static async Task<JsonNode> Ok(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, $"{(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    [Test]
    public async Task Each_referral_gets_its_own_day_number_that_stays_searchable_and_reaches_fhir()
    {
        var doctor = Host.Client(Doctor);
        var first = (await Ok(await doctor.PostAsJsonAsync("/api/referrals", Request(), ReferralJson.Options)))["referral"]!;
        var second = (await Ok(await doctor.PostAsJsonAsync("/api/referrals", Request(), ReferralJson.Options)))["referral"]!;
        var (a, b) = (first["number"]!.GetValue<string>(), second["number"]!.GetValue<string>());
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyyMMdd");

        var dispatcher = Host.Client(Dispatcher);
        var again = await Ok(await dispatcher.GetAsync($"/api/referrals/{first["id"]}"));
        var found = (await Ok(await dispatcher.GetAsync($"/api/referrals?q={b.ToLowerInvariant().Replace("-", "")}"))).AsArray();
        var fhir = await Ok(await dispatcher.GetAsync($"/api/referrals/{second["id"]}/fhir"));

        Assert.Multiple(() =>
        {
            Assert.That(a, Does.Match($"^ZZ{today}-\\d{{4}}$"));
            Assert.That(b, Does.Match($"^ZZ{today}-\\d{{4}}$").And.Not.EqualTo(a));
            Assert.That(again["referral"]!["number"]!.GetValue<string>(), Is.EqualTo(a), "a number never changes");
            Assert.That(found.Select(r => r!["number"]!.GetValue<string>()), Is.EqualTo(new[] { b }), "the search finds the one referral");
            Assert.That(fhir["identifier"]!.AsArray().Select(i => (i!["system"]!.GetValue<string>(), i["value"]!.GetValue<string>())),
                Does.Contain(("urn:dispatch:referral-number", b)));
        });
    }

    [Test]
    public async Task Numbers_handed_out_at_once_never_repeat_and_restart_each_day_per_kind_and_region()
    {
        using var redis = await ConnectionMultiplexer.ConnectAsync(RedisConfiguration);
        var clock = new SteppedClock(new DateTimeOffset(2026, 12, 5, 15, 59, 0, TimeSpan.Zero));   // 23:59 in Beijing
        var chengdu = new CaseNumbers(redis, clock, "test-" + Guid.NewGuid().ToString("N")[..6]);
        var other = new CaseNumbers(redis, clock, "test-" + Guid.NewGuid().ToString("N")[..6]);

        var burst = await Task.WhenAll(Enumerable.Range(0, 60).Select(_ => chengdu.NextAsync(CaseKind.Referral)));
        var transport = await chengdu.NextAsync(CaseKind.Transport);
        var elsewhere = await other.NextAsync(CaseKind.Referral);
        clock.Advance(TimeSpan.FromMinutes(2));
        var tomorrow = await chengdu.NextAsync(CaseKind.Referral);

        Assert.Multiple(() =>
        {
            Assert.That(burst, Is.Unique);
            Assert.That(burst.Order(), Is.EqualTo(Enumerable.Range(1, 60).Select(n => $"ZZ20261205-{n:D4}")));
            Assert.That(transport, Is.EqualTo("ZY20261205-0001"), "transports count on their own, with their own prefix");
            Assert.That(elsewhere, Is.EqualTo("ZZ20261205-0001"), "each region counts on its own");
            Assert.That(tomorrow, Is.EqualTo("ZZ20261206-0001"), "the count restarts at midnight Beijing time");
        });
    }
}

/// <summary>A clock that stands still until told to move.</summary>
internal sealed class SteppedClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;
    public override DateTimeOffset GetUtcNow() => _now;
    public void Advance(TimeSpan by) => _now += by;
}
