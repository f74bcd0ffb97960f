using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dispatch.Server.Hosting;
using Dispatch.Tests.Infrastructure;
using Dispatch.Tests.Registry;
using Microsoft.AspNetCore.Routing;
using static Dispatch.Tests.Security.Caller;

namespace Dispatch.Tests.Security;

/// <summary>
/// The authorisation matrix: every HTTP endpoint the server maps, called by every <see cref="Caller"/>. Endpoints are
/// read from the server's own EndpointDataSource, so a new endpoint without an expectation here fails the build's tests.
/// </summary>
public sealed class EveryEndpointAnswersEachCallerAsDesigned
{
    private SecuredServer _s = null!;
    private ReferralStager _stager = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _s = await SecuredServer.StartAsync(new Dictionary<string, string> { ["Referrals:AutoMatch"] = "false", ["Records:ProjectorIntervalMs"] = "200" });
        _stager = new ReferralStager(_s.Callers, _s.Redis);
    }

    [OneTimeTearDown]
    public async Task Stop() => await _s.DisposeAsync();

    private static readonly Caller[] Unauthenticated = [Anonymous, Expired, Forged];

    private static Func<Caller, int> Anyone(int ok) => _ => ok;
    private static Func<Caller, int> SignedIn(int ok) => c => Unauthenticated.Contains(c) ? 401 : ok;
    private static Func<Caller, int> Only(int ok, params Caller[] allowed) => c => Unauthenticated.Contains(c) ? 401 : allowed.Contains(c) ? ok : 403;

    /// <summary>Referral rule: 401 without a valid token, 404 for whoever may not see it (ids reveal nothing), 403 for the wrong role.</summary>
    private static Func<Caller, int> Referral(int ok, Caller? allowed, params Caller[] seeing) => c =>
        Unauthenticated.Contains(c) ? 401 : !seeing.Contains(c) ? 404 : c == allowed ? ok : 403;

    private static Func<Caller, int> Readable(params Caller[] seeing) => c => Unauthenticated.Contains(c) ? 401 : seeing.Contains(c) ? 200 : 404;

    private static readonly Caller[] SeeRequested = [Dispatcher, Admin, DoctorA];
    private static readonly Caller[] SeeOffered = [.. SeeRequested, HospitalH1];
    private static readonly Caller[] SeeAssigned = [.. SeeOffered, VehicleV1];

    /// <param name="Prepare">makes what the request acts on (a referral id, a call id); runs once per row.</param>
    /// <param name="Request">the request for one caller, given what Prepare made.</param>
    private sealed record Row(string Key, Func<Caller, int> Expected, Func<Caller, string, HttpRequestMessage> Request, Func<Task<string>>? Prepare = null);

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);
    private static HttpRequestMessage Send(HttpMethod method, string path, object? body) =>
        new(method, path) { Content = body is null ? null : JsonContent.Create(body) };
    private static HttpRequestMessage Post(string path, object? body = null) => Send(HttpMethod.Post, path, body ?? new { });
    private static HttpRequestMessage WithHeader(HttpRequestMessage request, string name, string value)
    {
        request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    private static readonly object TransportCall = new { kind = "Transport", lon = 104.0745, lat = 30.6755, chiefComplaint = "Dialysis transfer", priority = 4 };
    private static readonly object EmergencyCall = new { lon = 104.0745, lat = 30.6755, chiefComplaint = "Fall from a ladder", priority = 2 };

    private IEnumerable<Row> Rows()
    {
        Task<string> Stage(int steps) => _stager.StageAsync(steps);
        Row Command(string verb, int steps, Caller allowed, Caller[] seeing, object? body = null) =>
            new($"POST /api/referrals/{{id}}/{verb}", Referral(200, allowed, seeing), (_, id) => Post($"/api/referrals/{id}/{verb}", body), () => Stage(steps));

        yield return new("ANY /health", Anyone(200), (_, _) => Get("/health"));
        yield return new("GET /openapi/{documentName}.json", Anyone(200), (_, _) => Get("/openapi/v1.json"));
        // The integrators' reference page and its own scripts, served from here.
        yield return new("GET /openapi/reference/{documentName?}", Anyone(200), (_, _) => Get("/openapi/reference/v1"));
        yield return new("GET /openapi/reference/scalar.js", Anyone(200), (_, _) => Get("/openapi/reference/scalar.js"));
        yield return new("GET /openapi/reference/scalar.aspnetcore.js", Anyone(200), (_, _) => Get("/openapi/reference/scalar.aspnetcore.js"));
        yield return new("GET /openapi/reference/favicon.svg", Anyone(200), (_, _) => Get("/openapi/reference/favicon.svg"));
        yield return new("GET /tiles/{z:int}/{x:int}/{y:int}.png", Anyone(200), (_, _) => Get("/tiles/14/12929/6723.png"));
        yield return new("POST /api/auth/token", Anyone(200), (_, _) => Post("/api/auth/token", new { username = "dispatcher", password = "Dispatch#120" }));
        yield return new("POST /api/auth/revoke", SignedIn(204), (_, _) => Post("/api/auth/revoke"));
        yield return new("GET /api/auth/me", SignedIn(200), (_, _) => Get("/api/auth/me"));
        yield return new("GET /api/region", SignedIn(200), (_, _) => Get("/api/region"));
        yield return new("GET /api/facilities", SignedIn(200), (_, _) => Get("/api/facilities"));
        yield return new("PUT /api/facilities/hospitals/{id}/capacity", Only(200, Dispatcher, Admin, HospitalH1),
            (_, _) => Send(HttpMethod.Put, $"/api/facilities/hospitals/{ReferralStager.HospitalH1}/capacity", new { onDiversion = false }));
        yield return new("GET /api/fleet/vehicles", Only(200, Dispatcher, Admin), (_, _) => Get("/api/fleet/vehicles"));
        yield return new("POST /api/calls", Only(201, Dispatcher, DoctorA, DoctorB), (_, _) => Post("/api/calls", TransportCall));
        yield return new("GET /api/calls", Only(200, Dispatcher, Admin), (_, _) => Get("/api/calls"));
        yield return new("GET /api/calls/mine", Only(200, DoctorA, DoctorB), (_, _) => Get("/api/calls/mine"));
        // A vehicle's call sign and kit, without its position: staff who follow a transfer may read it, devices may not.
        yield return new("GET /api/fleet/vehicles/{id}/card", Only(200, Dispatcher, Admin, DoctorA, DoctorB, HospitalH1, HospitalH2), (_, _) => Get("/api/fleet/vehicles/amb-03/card"));
        yield return new("GET /api/fleet/recommendations", Only(200, Dispatcher), (_, _) => Get("/api/fleet/recommendations?lon=104.07&lat=30.67&equipment=oxygen"));
        yield return new("GET /api/calls/{id}/recommendations", Only(200, Dispatcher), (_, id) => Get($"/api/calls/{id}/recommendations"), NewCallAsync);
        yield return new("GET /api/calls/{id}", Only(200, Dispatcher, Admin), (_, id) => Get($"/api/calls/{id}"), NewCallAsync);
        yield return new("POST /api/calls/{id}/assign", Only(200, Dispatcher), (_, id) => Post($"/api/calls/{id}/assign", new { vehicleId = "amb-05" }), NewCallAsync);
        yield return new("POST /api/calls/{id}/cancel", Only(200, Dispatcher), (_, id) => Post($"/api/calls/{id}/cancel", new { reason = "Caller called back" }), NewCallAsync);
        yield return new("GET /api/oversight/alerts", Only(200, Dispatcher), (_, _) => Get("/api/oversight/alerts"));
        yield return new("GET /api/admin/accounts", Only(200, Admin), (_, _) => Get("/api/admin/accounts"));
        yield return new("POST /api/admin/accounts", Only(201, Admin), (_, _) => Post("/api/admin/accounts",
            new { username = "matrix.doctor", displayName = "Matrix doctor", role = "doctor", facilityId = "g-01", password = "Matrix#1234" }));
        foreach (var verb in new[] { "disable", "enable", "revoke-tokens", "unlock" })
            yield return new($"POST /api/admin/accounts/{{username}}/{verb}", Only(204, Admin), (_, u) => Post($"/api/admin/accounts/{u}/{verb}"), NewAccountAsync);
        yield return new("POST /api/admin/accounts/{username}/password", Only(204, Admin),
            (_, u) => Post($"/api/admin/accounts/{u}/password", new { password = "Another#1234" }), NewAccountAsync);
        yield return new("GET /api/admin/sign-in-failures", Only(200, Admin), (_, _) => Get("/api/admin/sign-in-failures"));
        yield return new("GET /api/admin/audit", Only(200, Admin), (_, _) => Get("/api/admin/audit"));
        yield return new("GET /api/admin/bindings", Only(200, Admin), (_, _) => Get("/api/admin/bindings"));
        yield return new("GET /api/calls/categories", Only(200, Dispatcher), (_, _) => Get("/api/calls/categories"));
        yield return new("POST /api/calls/{id}/reassign", Only(200, Dispatcher),
            (_, id) => Post($"/api/calls/{id}/reassign", new { vehicleId = "amb-11", reason = "vehicleBreakdown" }), () => NewDispatchedCallAsync("amb-10"));
        yield return new("POST /api/calls/{id}/referral", Only(201, Dispatcher),
            (_, id) => Post($"/api/calls/{id}/referral", new
            {
                patient = new { age = 58, sex = "female", tier = "red", condition = "Stroke signs on scene", vitals = new { } },
                requiredCapabilities = new[] { "stroke" },
                priority = 1,
            }), NewDispatchedCallAsync);
        yield return new("GET /api/shift/figures", Only(200, Dispatcher, Admin), (_, _) => Get("/api/shift/figures"));
        // Coverage: the picture is read by dispatchers and admins (who share the dispatchers' pushes); the cost of an
        // assignment and move-ups are the dispatcher's. amb-11 has never reported, so a move-up of it is refused as silent.
        yield return new("GET /api/coverage", Only(200, Dispatcher, Admin), (_, _) => Get("/api/coverage"));
        yield return new("GET /api/coverage/grid", Only(200, Dispatcher, Admin), (_, _) => Get("/api/coverage/grid"));
        yield return new("GET /api/coverage/cost", Only(200, Dispatcher), (_, _) => Get("/api/coverage/cost?lon=104.0745&lat=30.6755&vehicles=amb-01,amb-07"));
        yield return new("POST /api/coverage/move-ups", Only(409, Dispatcher), (_, _) => Post("/api/coverage/move-ups", new { vehicleId = "amb-11", postId = "g-15" }));
        yield return new("GET /api/routes", SignedIn(200), (_, _) => Get("/api/routes?fromLon=104.0745&fromLat=30.6755&toLon=104.0608&toLat=30.6708&profile=ambulance"));
        yield return new("GET /api/routing/closures", SignedIn(200), (_, _) => Get("/api/routing/closures"));
        yield return new("POST /api/routing/closures", Only(201, Dispatcher),
            (_, _) => Post("/api/routing/closures", new { line = new[] { new[] { 104.07, 30.67 } }, radiusMeters = 30, reason = "Matrix" }));
        yield return new("DELETE /api/routing/closures/{id}", Only(204, Dispatcher), (_, id) => Send(HttpMethod.Delete, $"/api/routing/closures/{id}", null), NewClosureAsync);

        yield return new("POST /api/referrals", Only(201, DoctorA), (_, _) => Post("/api/referrals", Dispatch.Server.Tools.Soak.ReferralClient.Request(ReferralStager.FacilityA, "Matrix create")));
        yield return new("GET /api/referrals", SignedIn(200), (_, _) => Get("/api/referrals"));
        foreach (var view in new[] { "", "/timeline", "/fhir" })
            yield return new($"GET /api/referrals/{{id}}{view}", Readable(SeeAssigned), (_, id) => Get($"/api/referrals/{id}{view}"), () => Stage(3));
        yield return Command("match", 0, Dispatcher, SeeRequested);
        yield return Command("offer", 0, Dispatcher, SeeRequested, new { hospitalId = ReferralStager.HospitalH2, confirmed = true });
        yield return Command("offer-parallel", 0, Dispatcher, SeeRequested, new { count = 2 });
        // A dispatcher names the facility the patient is at; a doctor ranks for their own.
        yield return new("POST /api/referrals/ranking", Only(200, Dispatcher, DoctorA, DoctorB),
            (c, _) => Post("/api/referrals/ranking", c == Dispatcher ? new { requestingFacilityId = ReferralStager.FacilityA, priority = 1 } : new { priority = 1 }));
        yield return Command("accept", 1, HospitalH1, SeeOffered);
        yield return Command("decline", 1, HospitalH1, SeeOffered, new { reason = "No ICU bed" });
        yield return Command("escalate", 1, Dispatcher, SeeOffered, new { reason = "Needs a dispatcher" });
        yield return Command("fail", 1, Dispatcher, SeeOffered, new { reason = "Patient died before transfer" });
        yield return Command("cancel", 1, DoctorA, SeeOffered, new { reason = "Condition improved" });
        yield return Command("assign-vehicle", 2, Dispatcher, SeeOffered, new { vehicleId = "amb-06" });
        yield return Command("en-route", 3, VehicleV1, SeeAssigned);
        yield return Command("on-scene", 4, VehicleV1, SeeAssigned);
        yield return Command("on-board", 5, VehicleV1, SeeAssigned);
        yield return Command("arrived", 6, VehicleV1, SeeAssigned);
        yield return Command("handover", 7, HospitalH1, SeeAssigned);

        // The record: readers by role; a case is read by whoever's facility or hospital it concerns (others get 404).
        Caller[] recordReaders = [Dispatcher, Admin, DoctorA, DoctorB, HospitalH1, HospitalH2];
        yield return new("GET /api/records/cases", Only(200, recordReaders), (_, _) => Get("/api/records/cases?patient=Staged&sort=-created"));
        foreach (var view in new[] { "", "/track" })
            yield return new($"GET /api/records/cases/{{id}}{view}", RecordCase(SeeOffered), (_, id) => Get($"/api/records/cases/{id}{view}"), () => RecordedAsync(2));
        yield return new("GET /api/records/cases/{id}/fhir", RecordCase(SeeOffered), (_, id) => Get($"/api/records/cases/{id}/fhir"), () => RecordedAsync(8));
        yield return new("GET /api/records/reports/shift", Only(200, recordReaders), (_, _) => Get("/api/records/reports/shift"));
        yield return new("GET /api/records/reports/shift.xlsx", Only(200, recordReaders), (_, _) => Get("/api/records/reports/shift.xlsx"));
        yield return new("GET /api/records/reports/shift.csv", Only(200, recordReaders), (_, _) => Get("/api/records/reports/shift.csv"));
        yield return new("GET /api/records/reports/daily", Only(200, Dispatcher, Admin), (_, _) => Get("/api/records/reports/daily"));
        yield return new("GET /api/records/reports/daily.xlsx", Only(200, Dispatcher, Admin), (_, _) => Get("/api/records/reports/daily.xlsx"));
        // The key-population register: a doctor keeps their own facility's people (another facility's are "not found"),
        // the admin reads counts only, a dispatcher or hospital reads a person only through a referral it may see.
        var doctors = new[] { DoctorA, DoctorB };
        yield return new("GET /api/register/people", Only(200, doctors), (_, _) => Get("/api/register/people?tier=red&q=%E7%8E%8B"));
        yield return new("POST /api/register/people", Only(201, doctors), (c, _) => Post("/api/register/people", RegisterPeople.Details("矩阵新增" + c)));
        yield return new("GET /api/register/people/{id:guid}", RegisterPerson(200), (_, id) => Get($"/api/register/people/{id}"), NewPersonAsync);
        yield return new("PUT /api/register/people/{id:guid}", RegisterPerson(200),
            (_, id) => WithHeader(Send(HttpMethod.Put, $"/api/register/people/{id}", RegisterPeople.Details("矩阵修改")), "If-Match", "\"1\""), NewPersonAsync);
        yield return new("POST /api/register/people/{id:guid}/tier", RegisterPerson(200),
            (_, id) => Post($"/api/register/people/{id}/tier", new { tier = "red", reason = "矩阵" }), NewPersonAsync);
        yield return new("POST /api/register/people/{id:guid}/contacts", RegisterPerson(201),
            (_, id) => Post($"/api/register/people/{id}/contacts", RegisterPeople.QuietContact), NewPersonAsync);
        foreach (var view in new[] { "overdue", "teams", "compliance", "map", "export", "contacts/export" })
            yield return new($"GET /api/register/{view}", Only(200, doctors), (_, _) => Get($"/api/register/{view}"));
        yield return new("POST /api/register/import", Only(200, doctors), (c, _) => new HttpRequestMessage(HttpMethod.Post, "/api/register/import?format=csv")
        {
            Content = new StringContent(RegisterPeople.LedgerCsv("矩阵导入" + c), System.Text.Encoding.UTF8, "text/csv"),
        });
        yield return new("GET /api/register/counts", Only(200, Admin), (_, _) => Get("/api/register/counts"));
        yield return new("GET /api/register/referrals/{referralId}/person",
            c => Unauthenticated.Contains(c) ? 401 : c is VehicleV1 or VehicleV2 or Admin ? 403 : c is Dispatcher or DoctorA or HospitalH1 ? 200 : 404,
            (_, id) => Get($"/api/register/referrals/{id}/person"), NewReferredPersonAsync);

        // The hub's own endpoints: the connection endpoint and its negotiation. What the hub methods allow is the hub matrix.
        yield return new("ANY /hubs/dispatch/negotiate", SignedIn(200), (_, _) => Post("/hubs/dispatch/negotiate?negotiateVersion=1"));
        yield return new("ANY /hubs/dispatch", SignedIn(400), (_, _) => Get("/hubs/dispatch"));
    }

    /// <summary>Record rule: 401 without a valid token, 403 for a role that reads no record, 404 for a case outside the reader's scope.</summary>
    private static Func<Caller, int> RecordCase(params Caller[] seeing) => c =>
        Unauthenticated.Contains(c) ? 401 : c is VehicleV1 or VehicleV2 ? 403 : seeing.Contains(c) ? 200 : 404;

    /// <summary>A referral staged <paramref name="steps"/> steps along, once the projector has copied it into the record.</summary>
    private async Task<string> RecordedAsync(int steps)
    {
        var id = await _stager.StageAsync(steps);
        using var dispatcher = _s.Callers.Client(Dispatcher);
        await Poll.UntilAsync(async () =>
        {
            using var response = await dispatcher.GetAsync($"/api/records/cases/{id}");
            if (!response.IsSuccessStatusCode) return false;
            var state = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["summary"]!["state"]!.GetValue<string>();
            return steps < 8 || state == "handedOver";
        }, TimeSpan.FromSeconds(30), $"referral {id} in the record");
        return id;
    }

    /// <summary>A person of doctor A's facility: A may act on them, doctor B is told they do not exist, other roles are refused.</summary>
    private static Func<Caller, int> RegisterPerson(int ok) => c =>
        Unauthenticated.Contains(c) ? 401 : c == DoctorA ? ok : c == DoctorB ? 404 : 403;

    private async Task<string> NewPersonAsync()
    {
        using var doctor = _s.Callers.Client(DoctorA);
        return await RegisterPeople.CreateAsync(doctor, "矩阵" + Guid.NewGuid().ToString("N")[..6]);
    }

    /// <summary>A referral raised from the register by doctor A for a person of theirs, offered to H1.</summary>
    private async Task<string> NewReferredPersonAsync()
    {
        var personId = await NewPersonAsync();
        using var doctor = _s.Callers.Client(DoctorA);
        var referralId = await RegisterPeople.ReferAsync(doctor, personId, ReferralStager.FacilityA);
        using var dispatcher = _s.Callers.Client(Dispatcher);
        (await dispatcher.PostAsJsonAsync($"/api/referrals/{referralId}/offer", new { hospitalId = ReferralStager.HospitalH1, confirmed = true })).EnsureSuccessStatusCode();
        return referralId;
    }

    private async Task<string> NewCallAsync()
    {
        using var dispatcher = _s.Callers.Client(Dispatcher);
        using var response = await dispatcher.PostAsJsonAsync("/api/calls", EmergencyCall);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
    }

    /// <summary>A call whose ambulance is on its way: the moment a call may become a referral.</summary>
    private async Task<string> NewDispatchedCallAsync() => await NewDispatchedCallAsync("amb-09");

    private async Task<string> NewDispatchedCallAsync(string vehicleId)
    {
        var id = await NewCallAsync();
        using var dispatcher = _s.Callers.Client(Dispatcher);
        using var response = await dispatcher.PostAsJsonAsync($"/api/calls/{id}/assign", new { vehicleId });
        response.EnsureSuccessStatusCode();
        return id;
    }

    private async Task<string> NewAccountAsync()
    {
        using var admin = _s.Callers.Client(Admin);
        var username = "matrix-" + Guid.NewGuid().ToString("N")[..8];
        using var response = await admin.PostAsJsonAsync("/api/admin/accounts",
            new { username, displayName = "Matrix", role = "hospital", hospitalId = "h-4064241022", password = "Matrix#1234" });
        response.EnsureSuccessStatusCode();
        return username;
    }

    private async Task<string> NewClosureAsync()
    {
        using var dispatcher = _s.Callers.Client(Dispatcher);
        using var response = await dispatcher.PostAsJsonAsync("/api/routing/closures", new { line = new[] { new[] { 104.08, 30.68 } }, reason = "To lift" });
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
    }

    /// <summary>"METHOD /pattern" for every endpoint the real composition maps ("ANY" when it takes every method).</summary>
    public static async Task<SortedSet<string>> MappedEndpointsAsync(RedisServer redis)
    {
        var app = ServerHost.Build([$"--Redis:Configuration={redis.Configuration}", $"--Region:Path={RepoPaths.ChengduRegion}",
            "--Auth:SigningKey=" + new string('k', 48)]);
        try
        {
            var keys = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var endpoint in ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>())
            {
                var pattern = endpoint.RoutePattern.RawText!.TrimEnd('/');
                var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"];
                foreach (var method in methods) keys.Add($"{method} {(pattern.StartsWith('/') ? pattern : "/" + pattern)}");
            }
            return keys;
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    [Test]
    public async Task Every_mapped_endpoint_has_an_expectation_and_every_expectation_an_endpoint()
    {
        var mapped = await MappedEndpointsAsync(_s.Redis);
        var expected = Rows().Select(r => r.Key).ToHashSet();
        Assert.Multiple(() =>
        {
            Assert.That(mapped.Except(expected), Is.Empty, "endpoints without an expectation in the matrix: add a row");
            Assert.That(expected.Except(mapped), Is.Empty, "expectations for endpoints that are no longer mapped");
        });
    }

    [Test]
    public async Task Each_caller_gets_the_designed_answer_from_every_endpoint()
    {
        var wrong = new List<string>();
        var cells = 0;
        foreach (var row in Rows())
        {
            var context = row.Prepare is null ? "" : await row.Prepare();
            // Refusals first: they must change nothing, so the allowed callers still find the state they need.
            foreach (var caller in CallerTokens.All.OrderBy(c => row.Expected(c) < 300))
            {
                var token = row.Key == "POST /api/auth/revoke" ? await _s.Callers.FreshTokenAsync(caller) : _s.Callers.Token(caller);
                using var client = _s.Callers.Client(token);
                using var request = row.Request(caller, context);
                using var response = await client.SendAsync(request);
                cells++;
                var expected = row.Expected(caller);
                if ((int)response.StatusCode != expected)
                    wrong.Add($"{row.Key} as {caller}: expected {expected}, got {(int)response.StatusCode} {Truncate(await response.Content.ReadAsStringAsync())}");
            }
        }
        Assert.That(wrong, Is.Empty, $"{wrong.Count} of {cells} cells differ from the design");
    }

    private static string Truncate(string s) => s.Length > 200 ? s[..200] + "…" : s;
}
