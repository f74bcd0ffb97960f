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
}
