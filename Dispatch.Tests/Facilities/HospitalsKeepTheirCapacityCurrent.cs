using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dispatch.Tests.Infrastructure;

namespace Dispatch.Tests.Facilities;

[TestFixture]
public sealed class HospitalsKeepTheirCapacityCurrent : ServerFixture
{
    private const string H1 = "h-4201795163"; // 成都第三人民医院, bound to hospital.cd3
    private const string H2 = "h-4064241022"; // 市二医院, bound to hospital.cd2

    [Test]
    public async Task A_hospital_sets_its_beds_and_diversion_and_everyone_sees_it_after_a_restart()
    {
        using var hospital = Server.ClientWithToken(await Server.SignInAsync(DemoAccounts.HospitalH1, DemoAccounts.HospitalPassword));
        using var put = await hospital.PutAsJsonAsync($"/api/facilities/hospitals/{H1}/capacity", new { beds = new { icu = 1 }, onDiversion = true });
        Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await Server.RestartAsync();
        using var dispatcher = Server.ClientWithToken(await Server.SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword));
        var facilities = await dispatcher.GetFromJsonAsync<JsonElement>("/api/facilities");
        var h1 = facilities.GetProperty("hospitals").EnumerateArray().Single(h => h.GetProperty("id").GetString() == H1);
        Assert.That(h1.GetProperty("onDiversion").GetBoolean(), Is.True);
        Assert.That(h1.GetProperty("beds").GetProperty("icu").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public async Task A_hospital_cannot_change_another_hospital()
    {
        using var hospital = Server.ClientWithToken(await Server.SignInAsync(DemoAccounts.HospitalH1, DemoAccounts.HospitalPassword));
        using var put = await hospital.PutAsJsonAsync($"/api/facilities/hospitals/{H2}/capacity", new { onDiversion = true });
        Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [TestCase("{\"beds\":{\"icu\":-1}}", "icu")]
    [TestCase("{\"beds\":{\"spaceStation\":3}}", "spaceStation")]
    [TestCase("{}", "body")]
    public async Task Impossible_capacity_is_a_400(string body, string field)
    {
        using var hospital = Server.ClientWithToken(await Server.SignInAsync(DemoAccounts.HospitalH1, DemoAccounts.HospitalPassword));
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var put = await hospital.PutAsync($"/api/facilities/hospitals/{H1}/capacity", content);
        Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await put.Content.ReadAsStringAsync(), Does.Contain(field));
    }
}
