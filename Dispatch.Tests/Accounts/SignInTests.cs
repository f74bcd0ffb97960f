using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dispatch.Tests.Infrastructure;

namespace Dispatch.Tests.Accounts;

[TestFixture]
public sealed class SignInIssuesTokensOnlyForRightPasswords : ServerFixture
{

    [Test]
    public async Task Right_password_gives_a_token_naming_role_and_binding()
    {
        using var response = await Server.Http.PostAsJsonAsync("/api/auth/token", new { username = DemoAccounts.DoctorA, password = DemoAccounts.DoctorPassword });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Multiple(() =>
        {
            Assert.That(json.RootElement.GetProperty("role").GetString(), Is.EqualTo("doctor"));
            Assert.That(json.RootElement.GetProperty("facilityId").GetString(), Is.EqualTo("g-01"));
            Assert.That(json.RootElement.GetProperty("accessToken").GetString()!.Split('.'), Has.Length.EqualTo(3));
            Assert.That(json.RootElement.GetProperty("expiresAt").GetDateTimeOffset(), Is.GreaterThan(DateTimeOffset.UtcNow.AddHours(1)));
        });
    }

    [Test]
    public async Task Wrong_password_is_refused_with_problem_details()
    {
        using var response = await Server.Http.PostAsJsonAsync("/api/auth/token", new { username = DemoAccounts.Dispatcher, password = "wrong" });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Wrong username or password"));
    }

    [Test]
    public async Task Unknown_user_is_refused_like_a_wrong_password()
    {
        using var response = await Server.Http.PostAsJsonAsync("/api/auth/token", new { username = "nobody", password = "x" });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [TestCase("{}")]
    [TestCase("{\"username\":\"dispatcher\"}")]
    [TestCase("{\"username\":5,\"password\":[]}")]
    [TestCase("not json")]
    public async Task Malformed_sign_in_is_a_400_not_a_500(string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await Server.Http.PostAsync("/api/auth/token", content);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }
}

[TestFixture]
public sealed class ApiRefusesMissingExpiredForgedAndRevokedTokens : ServerFixture
{

    [TestCase("/api/region")]
    [TestCase("/api/facilities")]
    [TestCase("/api/fleet/vehicles")]
    public async Task No_token_is_401(string path)
    {
        using var response = await Server.Http.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_valid_token_opens_the_api()
    {
        using var client = Server.ClientWithToken(await Server.SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword));
        using var response = await client.GetAsync("/api/region");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("chengdu"));
    }

    [Test]
    public async Task Expired_token_is_401()
    {
        var token = Tokens.Mint(Server.SigningKey, Tokens.Account("dispatcher", "dispatcher"), TimeSpan.FromMinutes(10), new PastClock(TimeSpan.FromHours(1)));
        using var client = Server.ClientWithToken(token);
        using var response = await client.GetAsync("/api/region");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Token_signed_with_another_key_is_401()
    {
        var token = Tokens.Mint(new string('x', 48), Tokens.Account("dispatcher", "dispatcher"), TimeSpan.FromMinutes(10));
        using var client = Server.ClientWithToken(token);
        using var response = await client.GetAsync("/api/region");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Revoked_token_is_401_from_then_on()
    {
        using var client = Server.ClientWithToken(await Server.SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword));
        using (var before = await client.GetAsync("/api/region")) Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using (var revoke = await client.PostAsync("/api/auth/revoke", null)) Assert.That(revoke.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        using var after = await client.GetAsync("/api/region");
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Only_dispatchers_and_admins_see_the_whole_fleet()
    {
        using var doctor = Server.ClientWithToken(await Server.SignInAsync(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword));
        using var device = Server.ClientWithToken(await Server.SignInAsync(DemoAccounts.DeviceV1, DemoAccounts.DevicePassword));
        using var dispatcher = Server.ClientWithToken(await Server.SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword));
        using var r1 = await doctor.GetAsync("/api/fleet/vehicles");
        using var r2 = await device.GetAsync("/api/fleet/vehicles");
        using var r3 = await dispatcher.GetAsync("/api/fleet/vehicles");
        Assert.Multiple(() =>
        {
            Assert.That(r1.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(r2.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(r3.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }
}
