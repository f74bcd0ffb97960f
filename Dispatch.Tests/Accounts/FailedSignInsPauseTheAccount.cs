using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dispatch.Tests.Infrastructure;

namespace Dispatch.Tests.Accounts;

/// <summary>Failed sign-ins are counted per account in Redis, so guessing one account's password through several instances is paused everywhere.</summary>
[TestFixture]
public sealed class FailedSignInsPauseTheAccountOnEveryInstance
{
    private RedisServer _redis = null!;
    private DispatchServerProcess _a = null!, _b = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _redis = await RedisServer.StartAsync();
        var settings = new Dictionary<string, string> { ["Auth:FailedSignInsPerAccount"] = "3", ["Auth:FailedSignInWindowMinutes"] = "5" };
        _a = await DispatchServerProcess.StartAsync(_redis, settings);
        _b = await DispatchServerProcess.StartAsync(_redis, settings, signingKey: _a.SigningKey);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _b.DisposeAsync();
        await _a.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Test]
    public async Task Failures_on_one_instance_pause_the_account_on_the_other_even_with_the_right_password()
    {
        foreach (var server in new[] { _a, _b, _a })
            Assert.That(await SignInAsync(server, DemoAccounts.HospitalH1, "guess"), Is.EqualTo(HttpStatusCode.Unauthorized));

        using var paused = await _b.Http.PostAsJsonAsync("/api/auth/token", new { username = DemoAccounts.HospitalH1, password = DemoAccounts.HospitalPassword });
        Assert.Multiple(async () =>
        {
            Assert.That(paused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(paused.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(JsonNode.Parse(await paused.Content.ReadAsStringAsync())!["title"]!.GetValue<string>(), Is.EqualTo("Too many failed sign-ins"));
            Assert.That(paused.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.FromMinutes(4)).And.LessThanOrEqualTo(TimeSpan.FromMinutes(5)));
        });
        Assert.That(await SignInAsync(_a, DemoAccounts.HospitalH1.ToUpperInvariant(), DemoAccounts.HospitalPassword), Is.EqualTo(HttpStatusCode.TooManyRequests),
            "the username's case does not give a fresh count");
        Assert.That(await SignInAsync(_a, DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword), Is.EqualTo(HttpStatusCode.OK),
            "other accounts sign in as usual");
    }

    [Test]
    public async Task A_successful_sign_in_clears_the_count()
    {
        Assert.That(await SignInAsync(_a, DemoAccounts.DoctorA, "guess"), Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await SignInAsync(_b, DemoAccounts.DoctorA, "guess"), Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await SignInAsync(_a, DemoAccounts.DoctorA, DemoAccounts.DoctorPassword), Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await SignInAsync(_b, DemoAccounts.DoctorA, "guess"), Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await SignInAsync(_a, DemoAccounts.DoctorA, "guess"), Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await SignInAsync(_b, DemoAccounts.DoctorA, DemoAccounts.DoctorPassword), Is.EqualTo(HttpStatusCode.OK),
            "two failures since the last success stay under the limit of three");
    }

    internal static async Task<HttpStatusCode> SignInAsync(DispatchServerProcess server, string username, string password)
    {
        using var response = await server.Http.PostAsJsonAsync("/api/auth/token", new { username, password });
        return response.StatusCode;
    }
}

/// <summary>The pause ends by itself when the window of the first failure has passed; nobody has to unlock the account.</summary>
[TestFixture]
public sealed class APausedAccountSignsInAgainOnceTheWindowHasPassed : ServerFixture
{
    protected override IDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Auth:FailedSignInsPerAccount"] = "2",
        ["Auth:FailedSignInWindowMinutes"] = "0.05",
        // Polling for the end of the pause must not run into the per-address limit instead.
        ["Auth:LoginAttemptsPerMinute"] = "10000",
    };

    [Test]
    public async Task The_right_password_works_again_after_the_window()
    {
        for (var i = 0; i < 2; i++)
            Assert.That(await FailedSignInsPauseTheAccountOnEveryInstance.SignInAsync(Server, DemoAccounts.Dispatcher, "guess"), Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await FailedSignInsPauseTheAccountOnEveryInstance.SignInAsync(Server, DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword),
            Is.EqualTo(HttpStatusCode.TooManyRequests));
        await Poll.UntilAsync(async () => await FailedSignInsPauseTheAccountOnEveryInstance.SignInAsync(Server, DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword) == HttpStatusCode.OK,
            TimeSpan.FromSeconds(20), "the pause (3 s) to end");
    }
}
