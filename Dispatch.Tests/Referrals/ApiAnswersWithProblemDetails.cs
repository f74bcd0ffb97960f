using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dispatch.Server.Referrals.Persistence;
using Dispatch.Tests.Infrastructure;
using static Dispatch.Tests.Referrals.ReferralSamples;

namespace Dispatch.Tests.Referrals;

public sealed class ApiAnswersWithProblemDetails : ReferralApiFixture
{
    private async Task<string> CreateAsync()
    {
        var response = await Host.Client(Doctor).PostAsJsonAsync("/api/referrals", Request(), ReferralJson.Options);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["referral"]!["id"]!.GetValue<string>();
    }

    private static async Task<JsonObject> Problem(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(expected), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), body);
        return JsonNode.Parse(body)!.AsObject();
    }

    [Test]
    public async Task Invalid_fields_are_a_400_naming_each_field()
    {
        var bad = Request() with { Patient = Request().Patient with { Age = 200, Condition = "" } };
        var response = await Host.Client(Doctor).PostAsJsonAsync("/api/referrals", bad, ReferralJson.Options);
        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Is.EquivalentTo(new[] { "patient.age", "patient.condition" }));
    }

    [Test]
    public async Task An_unknown_enum_value_is_a_400_not_a_500()
    {
        var json = JsonSerializer.SerializeToNode(Request(), ReferralJson.Options)!.AsObject();
        json["patient"]!["tier"] = "purple";
        var response = await Host.Client(Doctor).PostAsync("/api/referrals", JsonContent.Create(json));
        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!.AsObject().Single().Key, Is.EqualTo("patient.tier"));
    }

    [Test]
    public async Task A_doctor_cannot_request_for_another_facility()
    {
        var response = await Host.Client(OtherDoctor).PostAsJsonAsync("/api/referrals", Request(), ReferralJson.Options);
        var problem = await Problem(response, HttpStatusCode.Forbidden);
        Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo("not-requesting-facility"));
    }

    [Test]
    public async Task A_dispatcher_accepting_is_403_with_the_reason()
    {
        var id = await CreateAsync();
        var problem = await Problem(await Host.Client(Dispatcher).PostAsync($"/api/referrals/{id}/accept", null), HttpStatusCode.Forbidden);
        Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo("role-not-permitted"));
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("hospital"));
    }

    [Test]
    public async Task Accepting_twice_is_a_409_naming_the_state()
    {
        var id = await CreateAsync();
        var client = Host.Client(HospitalA);
        Assert.That((await client.PostAsync($"/api/referrals/{id}/accept", null)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var problem = await Problem(await client.PostAsync($"/api/referrals/{id}/accept", null), HttpStatusCode.Conflict);
        Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo("illegal-transition"));
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("Accepted"));
    }

    [Test]
    public async Task A_missing_reason_is_a_400()
    {
        var id = await CreateAsync();
        var response = await Host.Client(HospitalA).PostAsJsonAsync($"/api/referrals/{id}/decline", new { reason = " " });
        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo("missing-reason"));
    }

    [Test]
    public async Task Referrals_of_others_are_404_and_anonymous_is_401()
    {
        var id = await CreateAsync();
        await Problem(await Host.Client(OtherDoctor).GetAsync($"/api/referrals/{id}"), HttpStatusCode.NotFound);
        await Problem(await Host.Client(HospitalB).GetAsync($"/api/referrals/{id}"), HttpStatusCode.NotFound);
        await Problem(await Host.Client(Dispatcher).GetAsync("/api/referrals/nope"), HttpStatusCode.NotFound);
        Assert.That((await Host.Client(null).GetAsync("/api/referrals")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
