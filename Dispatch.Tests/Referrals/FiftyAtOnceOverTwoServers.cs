using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dispatch.Server.Referrals.Persistence;
using Dispatch.Server.Referrals.Requests;
using Dispatch.Tests.Infrastructure;

namespace Dispatch.Tests.Referrals;

/// <summary>Fifty clients at once, split over two server instances on one Redis: one referral per idempotency key, one winner per offer.</summary>
[TestFixture]
public sealed class FiftyAtOnceOverTwoServers : ServerFixture
{
    private const string Hospital = "h-4201795163"; // 成都第三人民医院, account hospital.cd3
    private DispatchServerProcess _second = null!;

    [OneTimeSetUp]
    public async Task StartSecondInstance() => _second = await DispatchServerProcess.StartAsync(Redis, signingKey: Server.SigningKey);

    [OneTimeTearDown]
    public async Task StopSecondInstance() => await _second.DisposeAsync();

    private static GreenChannelRequest Request() => new(
        new PatientSummary(80, Sex.Female, Tier.Red, "养老院老人，发热伴呼吸困难", new Vitals(88, 120, 100, 60, 30, Consciousness.Voice)),
        [Capability.Icu], Priority.VeryUrgent, "g-01", []);

    private static HttpRequestMessage Create(string key)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, "/api/referrals") { Content = JsonContent.Create(Request(), options: ReferralJson.Options) };
        message.Headers.Add("Idempotency-Key", key);
        return message;
    }

    private static async Task<string> IdOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("referral").GetProperty("id").GetString()!;

    [Test]
    public async Task Fifty_submissions_with_one_idempotency_key_make_one_referral()
    {
        var token = await Server.SignInAsync(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword);
        using var a = Server.ClientWithToken(token);
        using var b = _second.ClientWithToken(token);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => (i % 2 == 0 ? a : b).SendAsync(Create("nursing-home-fever-1"))));

        Assert.That(responses.Select(r => (int)r.StatusCode), Is.All.AnyOf(200, 201));
        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Created), Is.EqualTo(1));
        var ids = await Task.WhenAll(responses.Select(IdOf));
        Assert.That(ids.Distinct().Count(), Is.EqualTo(1));
        var mine = await a.GetFromJsonAsync<JsonElement[]>("/api/referrals");
        Assert.That(mine!.Count(r => r.GetProperty("id").GetString() == ids[0]), Is.EqualTo(1));
    }

    [Test]
    public async Task Fifty_accepts_of_one_offer_have_exactly_one_winner()
    {
        using var doctor = await SignedInAsync(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword);
        using var dispatcher = await DispatcherAsync();
        var id = await IdOf(await doctor.SendAsync(Create(Guid.NewGuid().ToString())));
        (await dispatcher.PostAsJsonAsync($"/api/referrals/{id}/offer", new { hospitalId = Hospital })).EnsureSuccessStatusCode();

        var token = await Server.SignInAsync(DemoAccounts.HospitalH1, DemoAccounts.HospitalPassword);
        using var a = Server.ClientWithToken(token);
        using var b = _second.ClientWithToken(token);
        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => (i % 2 == 0 ? a : b).PostAsync($"/api/referrals/{id}/accept", null)));

        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(1));
        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Conflict), Is.EqualTo(49));
        var loser = responses.First(r => r.StatusCode == HttpStatusCode.Conflict);
        Assert.That(await loser.Content.ReadAsStringAsync(), Does.Contain("accepted").IgnoreCase);
        var timeline = await dispatcher.GetFromJsonAsync<JsonElement>($"/api/referrals/{id}/timeline");
        Assert.That(timeline.GetProperty("transitions").EnumerateArray().Count(t => t.GetProperty("transition").GetProperty("to").GetString() is "accepted" or "Accepted"), Is.EqualTo(1));
    }

    [Test]
    public async Task Two_desks_accepting_at_once_on_two_servers_cannot_both_take_the_last_bed_without_confirming()
    {
        using var doctor = await SignedInAsync(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword);
        using var dispatcher = await DispatcherAsync();
        var token = await Server.SignInAsync(DemoAccounts.HospitalH1, DemoAccounts.HospitalPassword);
        using var a = Server.ClientWithToken(token);
        using var b = _second.ClientWithToken(token);

        // Exactly one ICU bed free, whatever earlier tests left held.
        var held = await IcuBedsHeldAsync(dispatcher);
        (await a.PutAsJsonAsync($"/api/facilities/hospitals/{Hospital}/capacity", new { beds = new Dictionary<string, int> { ["icu"] = held + 1 } })).EnsureSuccessStatusCode();
        var first = await IdOf(await doctor.SendAsync(Create(Guid.NewGuid().ToString())));
        var second = await IdOf(await doctor.SendAsync(Create(Guid.NewGuid().ToString())));
        foreach (var id in new[] { first, second })
            (await dispatcher.PostAsJsonAsync($"/api/referrals/{id}/offer", new { hospitalId = Hospital })).EnsureSuccessStatusCode();

        var answers = await Task.WhenAll(a.PostAsync($"/api/referrals/{first}/accept", null), b.PostAsync($"/api/referrals/{second}/accept", null));

        Assert.That(answers.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(1), "one desk gets the last bed");
        var refused = answers.Single(r => r.StatusCode == HttpStatusCode.Conflict);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("no-free-bed"));
        Assert.That(problem.GetProperty("exclusion").GetProperty("reason").GetString(), Is.EqualTo("noBeds"));
        Assert.That(await IcuBedsHeldAsync(dispatcher), Is.EqualTo(held + 1), "the refused acceptance holds no bed");

        // The desk that lost the race has read which bed is missing and takes the patient all the same.
        var loser = answers[0].StatusCode == HttpStatusCode.Conflict ? first : second;
        var confirmed = await a.PostAsJsonAsync($"/api/referrals/{loser}/accept", new { confirmed = true });
        Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await IcuBedsHeldAsync(dispatcher), Is.EqualTo(held + 2));
        var timeline = await dispatcher.GetFromJsonAsync<JsonElement>($"/api/referrals/{loser}/timeline");
        var accept = timeline.GetProperty("transitions").EnumerateArray().Single(t => t.GetProperty("transition").GetProperty("action").GetString() == "accept");
        Assert.That(accept.GetProperty("transition").GetProperty("reason").GetString(), Is.EqualTo("acceptedBeyondFreeBeds"), "the audit says the bed count was overridden");
    }

    private static async Task<int> IcuBedsHeldAsync(HttpClient client)
    {
        var facilities = await client.GetFromJsonAsync<JsonElement>("/api/facilities");
        var hospital = facilities.GetProperty("hospitals").EnumerateArray().Single(h => h.GetProperty("id").GetString() == Hospital);
        return hospital.GetProperty("bedsHeld").TryGetProperty("icu", out var n) ? n.GetInt32() : 0;
    }
}
