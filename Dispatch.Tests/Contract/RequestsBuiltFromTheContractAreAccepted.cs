using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Dispatch.Tests.Infrastructure;
using Dispatch.Tests.Security;

namespace Dispatch.Tests.Contract;

/// <summary>
/// The OpenAPI document is the contract: a client that knows nothing but /openapi/v1.json can talk to the server.
/// Every endpoint with a body is sent a request built from the document's own schema and must accept it; every answer,
/// success or problem, must match the schema the document gives for its status.
/// </summary>
public sealed class RequestsBuiltFromTheContractAreAccepted
{
    private SecuredServer _s = null!;
    private ReferralStager _stager = null!;
    private OpenApiDocument _doc = null!;

    private const string Lon = "104.0745", Lat = "30.6755";

    [OneTimeSetUp]
    public async Task Start()
    {
        _s = await SecuredServer.StartAsync(new Dictionary<string, string> { ["Referrals:AutoMatch"] = "false" });
        _stager = new ReferralStager(_s.Callers, _s.Redis);
        using var anonymous = _s.Callers.Client(Caller.Anonymous);
        _doc = new OpenApiDocument(JsonNode.Parse(await anonymous.GetStringAsync("/openapi/v1.json"))!.AsObject());
    }

    [OneTimeTearDown]
    public async Task Stop() => await _s.DisposeAsync();

    /// <summary>Values a schema cannot know: things that exist in the demo region, and plausible clinical numbers.</summary>
    private static Dictionary<string, JsonNode?> Hints(params (string Name, JsonNode? Value)[] extra)
    {
        var hints = new Dictionary<string, JsonNode?>
        {
            ["lon"] = JsonValue.Create(double.Parse(Lon, System.Globalization.CultureInfo.InvariantCulture)),
            ["lat"] = JsonValue.Create(double.Parse(Lat, System.Globalization.CultureInfo.InvariantCulture)),
            ["requestingFacilityId"] = ReferralStager.FacilityA,
            ["destinationHospitalId"] = ReferralStager.HospitalH1,
            ["requiredEquipment"] = new JsonArray("oxygen"),
            ["callerPhone"] = "138 0000 0000",
            ["phone"] = "138 0000 0000",
            ["age"] = 67,
            ["spO2"] = 91,
            ["heartRate"] = 104,
            ["systolicBp"] = 150,
            ["diastolicBp"] = 90,
            ["respiratoryRate"] = 22,
            ["beds"] = new JsonObject { ["icu"] = 3 },
            ["line"] = new JsonArray(new JsonArray(104.0745, 30.6755), new JsonArray(104.0760, 30.6760)),
            ["radiusMeters"] = 25.0,
            // A green-channel request raised from the register names its person; this one is not.
            ["personId"] = null,
            ["category"] = "chestPain",
            ["vehicleType"] = "ALS",
            ["reason"] = "vehicleBreakdown",
            ["birthDate"] = "1950-03-01",
            ["idCardNumber"] = null,
            ["healthPackAt"] = null,
            ["oximeterAt"] = null,
            ["tierReason"] = "Contract check",
            ["village"] = "Contract village",
        };
        // Every register person is a new one (the register refuses a second entry of the same person).
        hints["name"] = "Contract " + Guid.NewGuid().ToString("N")[..8];
        hints["phone"] = "139" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (name, value) in extra) hints[name] = value;
        return hints;
    }

    private async Task<string> NewCallAsync()
    {
        var (status, body) = await SendFromContractAsync("POST", "/api/calls", "/api/calls", Caller.Dispatcher, Hints());
        Assert.That(status, Is.EqualTo(201), body?.ToJsonString());
        return body!["id"]!.GetValue<string>();
    }

    private async Task<string> NewReferralAsync()
    {
        var (status, body) = await SendFromContractAsync("POST", "/api/referrals", "/api/referrals", Caller.DoctorA, Hints());
        Assert.That(status, Is.EqualTo(201), body?.ToJsonString());
        return body!["referral"]!["id"]!.GetValue<string>();
    }

    /// <summary>How to reach each endpoint that takes a body: who sends it, and the resource its path names.</summary>
    private Dictionary<string, Func<Task<(Caller Caller, string Path, Dictionary<string, JsonNode?> Hints)>>> Scenarios() => new()
    {
        ["POST /api/auth/token"] = () => Task.FromResult((Caller.Anonymous, "/api/auth/token",
            Hints(("username", DemoAccounts.Dispatcher), ("password", DemoAccounts.DispatcherPassword)))),
        ["PUT /api/facilities/hospitals/{id}/capacity"] = () => Task.FromResult((Caller.HospitalH1, $"/api/facilities/hospitals/{ReferralStager.HospitalH1}/capacity", Hints())),
        ["POST /api/calls"] = () => Task.FromResult((Caller.Dispatcher, "/api/calls", Hints())),
        ["POST /api/calls/{id}/assign"] = async () => (Caller.Dispatcher, $"/api/calls/{await NewCallAsync()}/assign", Hints(("vehicleId", DemoAccounts.VehicleV2))),
        ["POST /api/calls/{id}/referral"] = async () =>
        {
            var call = await NewCallAsync();
            await FreeVehicleAsync("amb-03");
            using var dispatcher = _s.Callers.Client(Caller.Dispatcher);
            using var assigned = await dispatcher.PostAsync($"/api/calls/{call}/assign", Json(new JsonObject { ["vehicleId"] = "amb-03" }));
            Assert.That((int)assigned.StatusCode, Is.EqualTo(200), await assigned.Content.ReadAsStringAsync());
            return (Caller.Dispatcher, $"/api/calls/{call}/referral", Hints());
        },
        ["POST /api/calls/{id}/cancel"] = async () => (Caller.Dispatcher, $"/api/calls/{await NewCallAsync()}/cancel", Hints()),
        ["POST /api/routing/closures"] = () => Task.FromResult((Caller.Dispatcher, "/api/routing/closures", Hints(("id", "contract-closure")))),
        ["POST /api/referrals"] = () => Task.FromResult((Caller.DoctorA, "/api/referrals", Hints())),
        ["POST /api/referrals/{id}/offer"] = async () => (Caller.Dispatcher, $"/api/referrals/{await NewReferralAsync()}/offer", Hints(("hospitalId", ReferralStager.HospitalH1))),
        ["POST /api/referrals/{id}/accept"] = async () => (Caller.HospitalH1, $"/api/referrals/{await _stager.StageAsync(1)}/accept", Hints(("confirmed", true))),
        ["POST /api/referrals/{id}/offer-parallel"] = async () => (Caller.Dispatcher, $"/api/referrals/{await NewReferralAsync()}/offer-parallel", Hints(("count", 2))),
        ["POST /api/referrals/ranking"] = () => Task.FromResult((Caller.DoctorA, "/api/referrals/ranking", Hints())),
        ["POST /api/referrals/{id}/decline"] = async () => (Caller.HospitalH1, $"/api/referrals/{await _stager.StageAsync(1)}/decline", Hints()),
        ["POST /api/referrals/{id}/escalate"] = async () => (Caller.Dispatcher, $"/api/referrals/{await NewReferralAsync()}/escalate", Hints()),
        ["POST /api/referrals/{id}/assign-vehicle"] = async () =>
        {
            var id = await _stager.StageAsync(2);
            await FreeVehicleAsync(ReferralStager.VehicleV1);
            return (Caller.Dispatcher, $"/api/referrals/{id}/assign-vehicle", Hints(("vehicleId", ReferralStager.VehicleV1)));
        },
        ["POST /api/referrals/{id}/fail"] = async () => (Caller.Dispatcher, $"/api/referrals/{await _stager.StageAsync(2)}/fail", Hints()),
        ["POST /api/referrals/{id}/cancel"] = async () => (Caller.DoctorA, $"/api/referrals/{await NewReferralAsync()}/cancel", Hints()),
        ["POST /api/calls/{id}/reassign"] = async () =>
        {
            var call = await NewCallAsync();
            await FreeVehicleAsync("amb-10");
            await FreeVehicleAsync("amb-11");
            using var dispatcher = _s.Callers.Client(Caller.Dispatcher);
            using var assigned = await dispatcher.PostAsync($"/api/calls/{call}/assign", Json(new JsonObject { ["vehicleId"] = "amb-10" }));
            Assert.That((int)assigned.StatusCode, Is.EqualTo(200), await assigned.Content.ReadAsStringAsync());
            return (Caller.Dispatcher, $"/api/calls/{call}/reassign", Hints(("vehicleId", "amb-11")));
        },
        ["POST /api/admin/accounts"] = () => Task.FromResult((Caller.Admin, "/api/admin/accounts", Hints(
            ("username", "contract." + Guid.NewGuid().ToString("N")[..8]), ("displayName", "Contract doctor"), ("role", "doctor"),
            ("facilityId", ReferralStager.FacilityA), ("hospitalId", null), ("vehicleId", null), ("password", "Contract#12345")))),
        ["POST /api/admin/accounts/{username}/password"] = () => Task.FromResult((Caller.Admin, $"/api/admin/accounts/{DemoAccounts.DoctorB}/password",
            Hints(("password", DemoAccounts.DoctorPassword)))),
        // amb-11 has never reported a position: a move-up of a silent vehicle is refused, as the document says (409).
        ["POST /api/coverage/move-ups"] = () => Task.FromResult((Caller.Dispatcher, "/api/coverage/move-ups", Hints(("vehicleId", "amb-11"), ("postId", "g-15")))),
        ["POST /api/register/people"] = () => Task.FromResult((Caller.DoctorA, "/api/register/people", Hints())),
        // A change names the version it was made on (If-Match, a required header in the document): a new person is at 1.
        ["PUT /api/register/people/{id}"] = async () => (Caller.DoctorA, $"/api/register/people/{await NewPersonAsync()}", Hints(("If-Match", "\"1\""))),
        ["POST /api/register/people/{id}/tier"] = async () => (Caller.DoctorA, $"/api/register/people/{await NewPersonAsync()}/tier", Hints(("reason", "Contract check"))),
        ["POST /api/register/people/{id}/contacts"] = async () => (Caller.DoctorA, $"/api/register/people/{await NewPersonAsync()}/contacts", Hints()),
    };

    /// <summary>Refusals the scenario is built to meet (a silent vehicle cannot move up); any other answer must be a success.</summary>
    private static readonly Dictionary<string, int> ExpectedRefusals = new() { ["POST /api/coverage/move-ups"] = 409 };

    private async Task<string> NewPersonAsync()
    {
        var (status, body) = await SendFromContractAsync("POST", "/api/register/people", "/api/register/people", Caller.DoctorA, Hints());
        Assert.That(status, Is.EqualTo(201), body?.ToJsonString());
        return body!["id"]!.GetValue<string>();
    }

    private IEnumerable<(string Method, string Path, JsonObject Operation)> JsonBodies() =>
        _doc.Operations().Where(o => o.Operation["requestBody"]?["content"]?["application/json"] is not null);

    [Test]
    public async Task Every_endpoint_with_a_body_accepts_a_request_built_from_its_schema_and_answers_as_documented()
    {
        var scenarios = Scenarios();
        var withBody = JsonBodies().Select(o => $"{o.Method} {o.Path}").ToList();
        Assert.That(withBody, Is.Not.Empty);
        Assert.That(withBody.Except(scenarios.Keys), Is.Empty, "every endpoint with a body in the document has a scenario here");

        foreach (var key in withBody)
        {
            var (caller, path, hints) = await scenarios[key]();
            var (method, template) = (key.Split(' ')[0], key.Split(' ')[1]);
            var (status, body) = await SendFromContractAsync(method, template, path, caller, hints);
            if (ExpectedRefusals.TryGetValue(key, out var refusal)) Assert.That(status, Is.EqualTo(refusal), $"{key}: {body?.ToJsonString()}");
            else Assert.That(status, Is.InRange(200, 299), $"{key}: a request built from the document was refused: {body?.ToJsonString()}");
        }
    }

    [Test]
    public async Task Every_enum_value_the_document_lists_is_accepted_in_a_green_channel_request_and_written_back_the_same()
    {
        var schemas = _doc.Root["components"]!["schemas"]!.AsObject();
        foreach (var name in new[] { "Priority", "Capability", "Sex", "Tier", "Consciousness" })
        {
            var values = schemas[name]!["enum"]!.AsArray().Where(v => v is not null).ToList();
            Assert.That(values, Is.Not.Empty, name);
            foreach (var value in values)
            {
                var samples = new SchemaSamples(_doc, Hints()) { EnumChoices = new Dictionary<string, JsonNode?> { [name] = value!.DeepClone() } };
                var request = SampleBody("POST", "/api/referrals", samples);
                using var doctor = _s.Callers.Client(Caller.DoctorA);
                using var response = await doctor.PostAsync("/api/referrals", Json(request));
                var text = await response.Content.ReadAsStringAsync();
                Assert.That((int)response.StatusCode, Is.EqualTo(201), $"{name} {value.ToJsonString()}: {text}");
                var written = JsonNode.Parse(text)!["referral"]!["request"]!.ToJsonString();
                Assert.That(written, Does.Contain(value.ToJsonString()), $"{name} {value.ToJsonString()} comes back as it was sent");
                AssertDocumented("POST", "/api/referrals", 201, response.Content.Headers.ContentType, JsonNode.Parse(text));
            }
        }
    }

    [Test]
    public async Task Every_register_enum_value_the_document_lists_is_accepted_and_read_back_the_same()
    {
        var schemas = _doc.Root["components"]!["schemas"]!.AsObject();
        List<JsonNode> Values(string name) => schemas[name]!["enum"]!.AsArray().Where(v => v is not null).Select(v => v!.DeepClone()).ToList();
        using var doctor = _s.Callers.Client(Caller.DoctorA);

        // A person with each sex, tier and category, then contacts with each channel, infection, symptom and advice.
        var people = new List<string>();
        foreach (var (name, value) in Values("Sex").Select(v => ("Sex", v)).Concat(Values("Tier").Select(v => ("Tier", v))).Concat(Values("Category").Select(v => ("Category", v))))
        {
            // The age categories follow the birth date: a child is born recently.
            var born = value.GetValue<string>() == "child" ? DateTime.UtcNow.AddYears(-6).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "1950-03-01";
            var samples = new SchemaSamples(_doc, Hints(("birthDate", born))) { EnumChoices = new Dictionary<string, JsonNode?> { [name] = value } };
            var body = SampleBody("POST", "/api/register/people", samples)!.AsObject();
            using var response = await doctor.PostAsync("/api/register/people", Json(body));
            var text = await response.Content.ReadAsStringAsync();
            Assert.That((int)response.StatusCode, Is.EqualTo(201), $"{name} {value.ToJsonString()}: {text}");
            var person = JsonNode.Parse(text)!;
            AssertDocumented("POST", "/api/register/people", 201, response.Content.Headers.ContentType, person);
            var field = name switch { "Sex" => person["sex"], "Tier" => person["tier"], _ => null };
            if (field is not null) Assert.That(JsonNode.DeepEquals(field, value), Is.True, $"{name} {value.ToJsonString()} comes back as {field.ToJsonString()}");
            else Assert.That(person["categories"]!.AsArray().Any(c => JsonNode.DeepEquals(c, value)), Is.True, $"category {value.ToJsonString()}");
            people.Add(person["id"]!.GetValue<string>());
        }

        // The list filters by each tier the document lists for its tier parameter, and answers as documented.
        var listing = _doc.Operations().Single(o => o.Method == "GET" && o.Path == "/api/register/people").Operation;
        var tierParameter = listing["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "tier")!;
        foreach (var value in _doc.Resolve(tierParameter["schema"]!)["enum"]!.AsArray())
        {
            using var response = await doctor.GetAsync($"/api/register/people?tier={value!.GetValue<string>()}");
            var page = await ReadJsonAsync(response);
            Assert.That((int)response.StatusCode, Is.EqualTo(200), $"tier={value}: {page?.ToJsonString()}");
            AssertDocumented("GET", "/api/register/people", 200, response.Content.Headers.ContentType, page);
            Assert.That(page!["items"]!.AsArray().All(p => JsonNode.DeepEquals(p!["tier"], value)), Is.True, $"only {value} people");
        }

        var id = people[0];
        foreach (var name in new[] { "ContactChannel", "InfectionStatus", "Symptom", "Advice" })
            foreach (var value in Values(name))
            {
                var samples = new SchemaSamples(_doc, Hints(("spO2", 97))) { EnumChoices = new Dictionary<string, JsonNode?> { [name] = value } };
                var body = SampleBody("POST", "/api/register/people/{id}/contacts", samples)!.AsObject();
                using var response = await doctor.PostAsync($"/api/register/people/{id}/contacts", Json(body));
                var text = await response.Content.ReadAsStringAsync();
                Assert.That((int)response.StatusCode, Is.EqualTo(201), $"{name} {value.ToJsonString()}: {text}");
                AssertDocumented("POST", "/api/register/people/{id}/contacts", 201, response.Content.Headers.ContentType, JsonNode.Parse(text));
                using var read = await doctor.GetAsync($"/api/register/people/{id}");
                var page = JsonNode.Parse(await read.Content.ReadAsStringAsync())!;
                AssertDocumented("GET", "/api/register/people/{id}", (int)read.StatusCode, read.Content.Headers.ContentType, page);
                var latest = page["contacts"]![0]!;
                var field = name switch { "ContactChannel" => latest["channel"], "InfectionStatus" => latest["infection"], "Advice" => latest["advice"], _ => null };
                if (field is not null) Assert.That(JsonNode.DeepEquals(field, value), Is.True, $"{name} {value.ToJsonString()} is read back as {field.ToJsonString()}");
                else Assert.That(latest["symptoms"]!.AsArray().Any(s => JsonNode.DeepEquals(s, value)), Is.True, $"symptom {value.ToJsonString()}");
            }
    }

    [Test]
    public async Task Refusals_are_problem_details_in_the_shape_and_with_the_status_the_document_gives()
    {
        foreach (var (method, template, operation) in JsonBodies().Where(o => o.Path.StartsWith("/api/", StringComparison.Ordinal)))
        {
            var path = template.Replace("{id}", Guid.Empty.ToString()).Replace("{username}", "no.such.user");
            // Not signed in: refused before the body is read, except where signing in is the point.
            var signedIn = method != "POST" || template != "/api/auth/token";
            using (var anonymous = _s.Callers.Client(Caller.Anonymous))
            using (var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = Json(new JsonObject()) }))
            {
                var status = (int)response.StatusCode;
                if (signedIn) Assert.That(status, Is.EqualTo(401), $"{method} {template} without a token");
                AssertDocumented(method, template, status, response.Content.Headers.ContentType, await ReadJsonAsync(response));
            }

            // Signed in with a body of the wrong shape: numbers where the document wants objects, strings or lists.
            var caller = template.StartsWith("/api/admin", StringComparison.Ordinal) ? Caller.Admin
                : template.StartsWith("/api/register", StringComparison.Ordinal) || (template.StartsWith("/api/referrals", StringComparison.Ordinal) && template != "/api/referrals/{id}/offer") ? Caller.DoctorA
                : Caller.Dispatcher;
            var body = SampleBody(method, template, new SchemaSamples(_doc, Hints()));
            var broken = new JsonObject();
            foreach (var (name, _) in body!.AsObject()) broken[name] = 12345;
            using var client = _s.Callers.Client(signedIn ? caller : Caller.Anonymous);
            using var refused = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = Json(broken) });
            var code = (int)refused.StatusCode;
            Assert.That(code, Is.InRange(400, 499), $"{method} {template} with a broken body");
            Assert.That(refused.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), $"{method} {template}");
            AssertDocumented(method, template, code, refused.Content.Headers.ContentType, await ReadJsonAsync(refused));
        }
    }

    [Test]
    public async Task Every_read_answers_in_its_documented_shape()
    {
        var referral = await _stager.StageAsync(2);
        var call = await NewCallAsync();
        var reads = new Dictionary<string, (Caller Caller, string Path)>
        {
            ["/api/region"] = (Caller.Dispatcher, "/api/region"),
            ["/api/shift/figures"] = (Caller.Dispatcher, "/api/shift/figures"),
            ["/api/routes"] = (Caller.Dispatcher, $"/api/routes?fromLon={Lon}&fromLat={Lat}&toLon=104.0800&toLat=30.6800"),
            ["/api/auth/me"] = (Caller.DoctorA, "/api/auth/me"),
            ["/api/facilities"] = (Caller.HospitalH1, "/api/facilities"),
            ["/api/fleet/vehicles"] = (Caller.Dispatcher, "/api/fleet/vehicles"),
            ["/api/fleet/vehicles/{id}/card"] = (Caller.DoctorA, $"/api/fleet/vehicles/{ReferralStager.VehicleV1}/card"),
            ["/api/fleet/recommendations"] = (Caller.Dispatcher, $"/api/fleet/recommendations?lon={Lon}&lat={Lat}"),
            ["/api/calls"] = (Caller.Dispatcher, "/api/calls"),
            ["/api/calls/{id}"] = (Caller.Dispatcher, $"/api/calls/{call}"),
            ["/api/calls/{id}/recommendations"] = (Caller.Dispatcher, $"/api/calls/{call}/recommendations"),
            ["/api/routing/closures"] = (Caller.Dispatcher, "/api/routing/closures"),
            ["/api/referrals"] = (Caller.Dispatcher, "/api/referrals"),
            ["/api/referrals/{id}"] = (Caller.HospitalH1, $"/api/referrals/{referral}"),
            ["/api/referrals/{id}/timeline"] = (Caller.Dispatcher, $"/api/referrals/{referral}/timeline"),
            ["/api/calls/categories"] = (Caller.Dispatcher, "/api/calls/categories"),
            ["/api/register/people"] = (Caller.DoctorA, "/api/register/people"),
            ["/api/register/people/{id}"] = (Caller.DoctorA, $"/api/register/people/{await NewPersonAsync()}"),
            ["/api/register/overdue"] = (Caller.DoctorA, "/api/register/overdue"),
            ["/api/register/teams"] = (Caller.DoctorA, "/api/register/teams"),
            ["/api/register/compliance"] = (Caller.DoctorA, "/api/register/compliance"),
            ["/api/register/map"] = (Caller.DoctorA, "/api/register/map"),
            ["/api/register/counts"] = (Caller.Admin, "/api/register/counts"),
            ["/api/admin/accounts"] = (Caller.Admin, "/api/admin/accounts"),
            ["/api/admin/sign-in-failures"] = (Caller.Admin, "/api/admin/sign-in-failures"),
            ["/api/admin/audit"] = (Caller.Admin, "/api/admin/audit"),
            ["/api/admin/bindings"] = (Caller.Admin, "/api/admin/bindings"),
            ["/api/coverage"] = (Caller.Dispatcher, "/api/coverage"),
            ["/api/coverage/grid"] = (Caller.Dispatcher, "/api/coverage/grid"),
            ["/api/coverage/cost"] = (Caller.Dispatcher, $"/api/coverage/cost?vehicleId={ReferralStager.VehicleV1}"),
            ["/api/calls/mine"] = (Caller.DoctorA, "/api/calls/mine"),
            ["/api/oversight/alerts"] = (Caller.Dispatcher, "/api/oversight/alerts"),
            ["/api/records/cases"] = (Caller.Dispatcher, "/api/records/cases?state=offered&kind=referral&sort=-created"),
            ["/api/records/cases/{id}"] = (Caller.Dispatcher, $"/api/records/cases/{await RecordedAsync(referral)}"),
            ["/api/records/cases/{id}/track"] = (Caller.Dispatcher, $"/api/records/cases/{referral}/track"),
            ["/api/records/reports/shift"] = (Caller.Dispatcher, "/api/records/reports/shift"),
            ["/api/records/reports/daily"] = (Caller.Dispatcher, "/api/records/reports/daily"),
        };
        // Not JSON (the FHIR Task, spreadsheet exports) or reached only from a register referral: checked by their own tests.
        string[] elsewhere = ["/api/referrals/{id}/fhir", "/api/register/export", "/api/register/contacts/export", "/api/register/referrals/{referralId}/person",
            "/api/records/cases/{id}/fhir", "/api/records/reports/shift.xlsx", "/api/records/reports/shift.csv", "/api/records/reports/daily.xlsx"];
        var documented = _doc.Operations().Where(o => o.Method == "GET" && o.Path.StartsWith("/api/", StringComparison.Ordinal)).Select(o => o.Path).ToList();
        Assert.That(documented.Except(reads.Keys).Except(elsewhere), Is.Empty, "every read in the document is tried here");

        foreach (var (template, (caller, path)) in reads)
        {
            using var client = _s.Callers.Client(caller);
            using var response = await client.GetAsync(path);
            var status = (int)response.StatusCode;
            // A read may refuse what the scenario cannot give it (a cost needs a reporting vehicle): then it must be documented.
            if (!template.StartsWith("/api/coverage/cost", StringComparison.Ordinal))
                Assert.That(status, Is.EqualTo(200), $"GET {path}: {await response.Content.ReadAsStringAsync()}");
            AssertDocumented("GET", template, status, response.Content.Headers.ContentType, await ReadJsonAsync(response));
        }
    }

    /// <summary>The referral once the record's projector has copied it, so its case can be read.</summary>
    private async Task<string> RecordedAsync(string referral)
    {
        using var dispatcher = _s.Callers.Client(Caller.Dispatcher);
        await Poll.UntilAsync(async () =>
        {
            using var response = await dispatcher.GetAsync($"/api/records/cases/{referral}");
            return response.IsSuccessStatusCode;
        }, TimeSpan.FromSeconds(30), $"referral {referral} in the record");
        return referral;
    }

    [Test]
    public async Task A_refused_override_names_the_failed_check_in_the_shape_the_document_gives()
    {
        var offer = _doc.Operations().Single(o => o.Method == "POST" && o.Path == "/api/referrals/{id}/offer").Operation;
        var conflict = _doc.Resolve(offer["responses"]!["409"]!["content"]!["application/problem+json"]!["schema"]!);
        Assert.That(conflict["properties"]!.AsObject().Select(p => p.Key), Is.SupersetOf(new[] { "code", "exclusion" }), "a client learns from the document where the failed check is");

        var id = await _stager.StageAsync(0);
        using var dispatcher = _s.Callers.Client(Caller.Dispatcher);
        var capacity = $"/api/facilities/hospitals/{ReferralStager.HospitalH2}/capacity";
        (await dispatcher.PutAsync(capacity, Json(new JsonObject { ["onDiversion"] = true }))).EnsureSuccessStatusCode();
        try
        {
            using var refused = await dispatcher.PostAsync($"/api/referrals/{id}/offer", Json(new JsonObject { ["hospitalId"] = ReferralStager.HospitalH2 }));
            var body = await ReadJsonAsync(refused);
            Assert.That((int)refused.StatusCode, Is.EqualTo(409));
            Assert.That(body!["code"]!.GetValue<string>(), Is.EqualTo("hospital-check-failed"));
            Assert.That(body["exclusion"]!["reason"]!.GetValue<string>(), Is.EqualTo("onDiversion"));
            AssertDocumented("POST", "/api/referrals/{id}/offer", 409, refused.Content.Headers.ContentType, body);
        }
        finally
        {
            (await dispatcher.PutAsync(capacity, Json(new JsonObject { ["onDiversion"] = false }))).EnsureSuccessStatusCode();
        }
    }

    [Test]
    public void No_two_types_share_a_schema_name()
    {
        // Two C# types of one name (in different namespaces) become "Name" and "Name2": a client would read one as the other.
        var names = _doc.Root["components"]!["schemas"]!.AsObject().Select(p => p.Key).ToHashSet();
        var clashes = names.Select(n => System.Text.RegularExpressions.Regex.Match(n, @"^(.*\D)(\d+)$"))
            .Where(m => m.Success && names.Contains(m.Groups[1].Value)).Select(m => m.Value).ToList();
        Assert.That(names, Is.Not.Empty);
        Assert.That(clashes, Is.Empty, "schemas renamed because another type has their name");
    }

    [Test]
    public async Task Permitted_actions_are_the_documented_action_names()
    {
        var id = await _stager.StageAsync(1);
        using var hospital = _s.Callers.Client(Caller.HospitalH1);
        var view = JsonNode.Parse(await hospital.GetStringAsync($"/api/referrals/{id}"))!;
        var actions = view["permittedActions"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
        Assert.That(actions, Is.SupersetOf(new[] { "accept", "decline" }), "the offered hospital may accept or decline");
        var documented = _doc.Root["components"]!["schemas"]!["ReferralAction"]!["enum"]!.AsArray().Select(a => a!.GetValue<string>());
        Assert.That(actions, Is.SubsetOf(documented));
    }

    [Test]
    public async Task The_served_document_is_the_contract_the_console_is_built_from()
    {
        var served = _doc.Root.DeepClone().AsObject();
        // Where the server happens to listen is not part of the contract.
        served.Remove("servers");
        var checkedIn = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "Dispatch.Console", "contract", "openapi.json")));
        Assert.That(JsonNode.DeepEquals(served, checkedIn), Is.True,
            "Dispatch.Console/contract/openapi.json differs from /openapi/v1.json: build (dotnet build) and commit the regenerated contract");
    }

    [Test]
    public async Task Integrators_find_a_reference_page_beside_the_document_with_nothing_loaded_from_outside()
    {
        using var anonymous = _s.Callers.Client(Caller.Anonymous);
        using var page = await anonymous.GetAsync("/openapi/reference/v1");
        Assert.That((int)page.StatusCode, Is.EqualTo(200));
        Assert.That(page.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        var html = await page.Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain("openapi/v1.json"), "the page renders the published document");
        var scripts = System.Text.RegularExpressions.Regex.Matches(html, "src=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.That(scripts, Is.Not.Empty);
        foreach (var script in scripts)
        {
            Assert.That(script, Does.Not.StartWith("http"), "scripts come from this server, not a CDN");
            using var asset = await anonymous.GetAsync(new Uri(new Uri(_s.Server.Url + "/openapi/reference/v1"), script));
            Assert.That((int)asset.StatusCode, Is.EqualTo(200), script);
        }
    }

    private JsonNode? SampleBody(string method, string template, SchemaSamples samples)
    {
        var operation = _doc.Operations().Single(o => o.Method == method && o.Path == template).Operation;
        var schema = operation["requestBody"]!["content"]!["application/json"]!["schema"]!;
        var body = samples.For(schema);
        var errors = _doc.Validate(body, schema);
        Assert.That(errors, Is.Empty, $"the request built for {method} {template} matches its own schema");
        return body;
    }

    private async Task<(int Status, JsonNode? Body)> SendFromContractAsync(string method, string template, string path, Caller caller, Dictionary<string, JsonNode?> hints)
    {
        var body = SampleBody(method, template, new SchemaSamples(_doc, hints));
        using var client = _s.Callers.Client(caller);
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = Json(body) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        // The headers the document requires: a schema cannot know their values, so they come from the hints by name.
        var operation = _doc.Operations().Single(o => o.Method == method && o.Path == template).Operation;
        foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
            if (parameter!["in"]?.GetValue<string>() == "header" && parameter["required"]?.GetValue<bool>() == true)
            {
                var name = parameter["name"]!.GetValue<string>();
                Assert.That(hints.TryGetValue(name, out var value), Is.True, $"{method} {template} requires the header {name}: give its value in the scenario's hints");
                request.Headers.TryAddWithoutValidation(name, value!.GetValue<string>());
            }
        using var response = await client.SendAsync(request);
        var status = (int)response.StatusCode;
        var json = await ReadJsonAsync(response);
        AssertDocumented(method, template, status, response.Content.Headers.ContentType, json);
        return (status, json);
    }

    /// <summary>The status is one the operation documents, and the body matches the schema given for it.</summary>
    private void AssertDocumented(string method, string template, int status, MediaTypeHeaderValue? contentType, JsonNode? body)
    {
        var operation = _doc.Operations().Single(o => o.Method == method && o.Path == template).Operation;
        var response = operation["responses"]![status.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        Assert.That(response, Is.Not.Null, $"{method} {template} answered {status}, which the document does not list ({body?.ToJsonString()})");
        if (response!["content"] is not JsonObject content) return;
        var media = contentType?.MediaType ?? "";
        Assert.That(content.ContainsKey(media), Is.True, $"{method} {template} {status} came as {media}; the document says {string.Join(", ", content.Select(c => c.Key))}");
        var errors = _doc.Validate(body, content[media]!["schema"]!);
        Assert.That(errors, Is.Empty, $"{method} {template} {status}: {body?.ToJsonString()}");
    }

    private static async Task<JsonNode?> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 || response.Content.Headers.ContentType?.MediaType?.Contains("json") != true ? null : JsonNode.Parse(text);
    }

    private static StringContent Json(JsonNode? body) => new(body?.ToJsonString() ?? "null", Encoding.UTF8, "application/json");

    private async Task FreeVehicleAsync(string vehicleId)
    {
        await using var mux = await _s.Redis.ConnectAsync();
        var db = mux.GetDatabase();
        await db.HashDeleteAsync(Dispatch.Server.Fleet.FleetStore.StatusKey, vehicleId);
        await db.HashDeleteAsync(Dispatch.Server.Fleet.FleetStore.AssignmentKey, vehicleId);
    }
}
