using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dispatch.Server.Referrals.Persistence;
using Dispatch.Server.Referrals.Requests;
using Dispatch.Tests.Infrastructure;

namespace Dispatch.Tests.Referrals;

/// <summary>A damaged or incompatible stored referral is reported and skipped; it never stops the server or hides the others.</summary>
[TestFixture]
public sealed class UnreadableStoredReferralsAreSkipped : ServerFixture
{
    [Test]
    public async Task The_server_restarts_and_lists_the_readable_referrals()
    {
        using var doctor = await SignedInAsync(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword);
        var request = new GreenChannelRequest(
            new PatientSummary(55, Sex.Male, Tier.Yellow, "脑卒中疑似，右侧肢体无力", new Vitals(95, 88, 160, 95, 18, Consciousness.Alert)),
            [Capability.Stroke], Priority.Urgent, "g-01", []);
        using var created = await doctor.PostAsync("/api/referrals", JsonContent.Create(request, options: ReferralJson.Options));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));

        await using (var mux = await Redis.ConnectAsync())
        {
            var db = mux.GetDatabase();
            await db.HashSetAsync(ReferralKeys.Referral("broken"), [new("v", 3), new("state", "offered"), new("json", "{\"id\":\"broken\",\"request\":{\"priority\":\"veryUrgent\"}")]);
            await db.SetAddAsync(ReferralKeys.Open, "broken");
        }

        await Server.RestartAsync();

        using var dispatcher = await DispatcherAsync();
        var list = await dispatcher.GetFromJsonAsync<JsonElement[]>("/api/referrals");
        Assert.That(list!.Select(r => r.GetProperty("id").GetString()), Has.Member((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("referral").GetProperty("id").GetString()));
        Assert.That(Server.Log, Does.Contain("broken"));
    }
}
