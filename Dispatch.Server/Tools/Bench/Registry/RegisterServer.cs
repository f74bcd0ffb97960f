using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dispatch.Server.Accounts;
using Dispatch.Server.Registry.Import;
using Dispatch.Server.Tools.Load;

namespace Dispatch.Server.Tools.Bench.Registry;

/// <summary>
/// The real server (its own process, own throwaway Redis) on the benchmark's PostgreSQL, reached over HTTP as a
/// facility's doctor: what its memory does while the register grows, and the ledger import through its endpoint.
/// </summary>
public sealed class RegisterServer : IAsyncDisposable
{
    private readonly OwnDeployment _deployment;
    private readonly HttpClient _http;
    private readonly TokenIssuer _issuer;

    private RegisterServer(OwnDeployment deployment)
    {
        _deployment = deployment;
        _http = new HttpClient { BaseAddress = new Uri(deployment.Target.ServerUrl), Timeout = TimeSpan.FromMinutes(10) };
        _issuer = new TokenIssuer(SigningKey.FromSecret(deployment.Target.SigningKey), new ConfigurationBuilder().Build(), TimeProvider.System);
    }

    public static async Task<RegisterServer> StartAsync(string region, string postgres, TextWriter progress, CancellationToken ct)
    {
        var settings = new Dictionary<string, string>
        {
            ["Postgres__ConnectionString"] = postgres,
            ["Registry__SeedDemo"] = "false",
        };
        var deployment = await OwnDeployment.StartAsync(region, benchVehicles: null, settings, progress, ct);
        var server = new RegisterServer(deployment);
        // /health answers before the record schema is checked; the register answers 503 until it is.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            using var request = server.Request(HttpMethod.Get, "/api/register/overdue", "bench-probe");
            using var response = await server._http.SendAsync(request, ct);
            if (response.IsSuccessStatusCode) return server;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The register did not answer in 60 s ({(int)response.StatusCode}); see {deployment.ServerLog}.");
            await Task.Delay(250, ct);
        }
    }

    /// <summary>The server's working set in bytes.</summary>
    public long WorkingSet => _deployment.ServerWorkingSet() ?? throw new InvalidOperationException($"The server has exited; see {_deployment.ServerLog}.");

    /// <summary>A doctor's reads of the facility's register: the overdue list and a few pages, <paramref name="rounds"/> times.</summary>
    public async Task ReadAsync(string facilityId, int rounds, CancellationToken ct)
    {
        for (var i = 0; i < rounds; i++)
        {
            foreach (var path in new[] { "/api/register/overdue?team=包保一组", $"/api/register/people?page={i % 5}&pageSize=50", "/api/register/people?tier=red&overdue=true" })
            {
                using var request = Request(HttpMethod.Get, path, facilityId);
                using var response = await _http.SendAsync(request, ct);
                if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}.");
            }
        }
    }

    /// <summary>Posts the ledger to the import endpoint as the facility's doctor; returns the report and how long it took.</summary>
    public async Task<(ImportReport Report, TimeSpan Took)> ImportAsync(string facilityId, string xlsx, CancellationToken ct)
    {
        using var request = Request(HttpMethod.Post, "/api/register/import?format=xlsx", facilityId);
        await using var file = File.OpenRead(xlsx);
        request.Content = new StreamContent(file);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var started = Stopwatch.GetTimestamp();
        using var response = await _http.SendAsync(request, ct);
        var took = Stopwatch.GetElapsedTime(started);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"The import answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
        var report = await response.Content.ReadFromJsonAsync<ImportReport>(ct)
            ?? throw new InvalidOperationException("The import answered without a report.");
        return (report, took);
    }

    private HttpRequestMessage Request(HttpMethod method, string path, string facilityId)
    {
        var token = _issuer.Issue(new Account
        {
            Username = $"bench.doctor.{facilityId}", Role = Roles.Doctor, DisplayName = "bench", PasswordHash = "-", FacilityId = facilityId,
        }, TimeSpan.FromHours(2)).Token;
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _deployment.DisposeAsync();
    }
}
