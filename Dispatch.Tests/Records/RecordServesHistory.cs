using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Dispatch.Server.Fleet;
using Dispatch.Server.Tools.Soak;
using Dispatch.Tests.Infrastructure;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using MiniExcelLibs;
using Npgsql;
using static Dispatch.Tests.Infrastructure.DemoAccounts;

namespace Dispatch.Tests.Records;

/// <summary>
/// Cases made through the live API and projected into the record, then found by every search field, opened with
/// their timeline and track, exported as FHIR and reported on, each reader seeing only their own.
/// </summary>
public sealed class RecordServesHistory : ServerFixture
{
    private const string HospitalH1Id = "h-4201795163";
    private HttpClient _dispatcher = null!, _doctorA = null!, _doctorB = null!, _hospitalH1 = null!, _hospitalH2 = null!;
    private string _handedOver = null!, _handedOverNumber = null!, _cancelled = null!, _emergency = null!, _transport = null!;
    private DateTimeOffset _started;

    protected override IDictionary<string, string>? Settings => new Dictionary<string, string>
    {
        ["Referrals:AutoMatch"] = "false",
        ["Records:ProjectorIntervalMs"] = "200",
        ["Records:TrackSampleSeconds"] = "0.2",
    };

    private static async Task<JsonNode> OkAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, $"{(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    private async System.Threading.Tasks.Task StepAsync(HttpClient by, string id, string verb, object? body = null) =>
        await OkAsync(await by.PostAsJsonAsync($"/api/referrals/{id}/{verb}", body ?? new { }));

    [OneTimeSetUp]
    public async System.Threading.Tasks.Task MakeHistory()
    {
        _started = DateTimeOffset.UtcNow.AddSeconds(-5);
        _dispatcher = await DispatcherAsync();
        _doctorA = await SignedInAsync(DoctorA, DoctorPassword);
        _doctorB = await SignedInAsync(DoctorB, DoctorPassword);
        _hospitalH1 = await SignedInAsync(HospitalH1, HospitalPassword);
        _hospitalH2 = await SignedInAsync(HospitalH2, HospitalPassword);
        var crewToken = await Server.SignInAsync(DeviceV1, DevicePassword);
        using var crew = Server.ClientWithToken(crewToken);

        var created = await OkAsync(await _doctorA.PostAsJsonAsync("/api/referrals", ReferralClient.Request("g-01", "胸痛伴大汗 record-one", priority: 1)));
        _handedOver = created["referral"]!["id"]!.GetValue<string>();
        _handedOverNumber = created["referral"]!["number"]?.GetValue<string>() ?? _handedOver;
        await StepAsync(_dispatcher, _handedOver, "offer", new { hospitalId = HospitalH1Id });
        await StepAsync(_hospitalH1, _handedOver, "accept");
        await StepAsync(_dispatcher, _handedOver, "assign-vehicle", new { vehicleId = VehicleV1 });
        await StepAsync(crew, _handedOver, "en-route");
        await using (var device = await Server.ConnectHubAsync(crewToken))
        {
            var upload = await PositionUpload.OpenAsync(device);
            for (var i = 0; i < 6; i++)
            {
                await upload.SendAsync(new PositionReport(104.070 + i * 0.002, 30.670 + i * 0.001, DateTimeOffset.UtcNow, 40, 60));
                await System.Threading.Tasks.Task.Delay(400); // a vehicle reports every few seconds; the sampler must see each report
            }
            upload.Complete();
            await upload.FinishAsync(TimeSpan.FromSeconds(10));
        }
        await StepAsync(crew, _handedOver, "on-scene");
        await StepAsync(crew, _handedOver, "on-board");
        await StepAsync(crew, _handedOver, "arrived");
        await StepAsync(_hospitalH1, _handedOver, "handover");

        _cancelled = (await OkAsync(await _doctorA.PostAsJsonAsync("/api/referrals", ReferralClient.Request("g-01", "腹痛 record-two", priority: 3))))["referral"]!["id"]!.GetValue<string>();
        await StepAsync(_doctorA, _cancelled, "cancel", new { reason = "Family took the patient" });

        _emergency = (await OkAsync(await _dispatcher.PostAsJsonAsync("/api/calls", new
        { lon = 104.0745, lat = 30.6755, chiefComplaint = "跌倒 record-three", priority = 1, callerPhone = "13912345678" })))["id"]!.GetValue<string>();
        _transport = (await OkAsync(await _dispatcher.PostAsJsonAsync("/api/calls", new
        { kind = "Transport", lon = 104.0745, lat = 30.6755, chiefComplaint = "透析 record-four", priority = 4, callerPhone = "13800001111" })))["id"]!.GetValue<string>();

        await Poll.UntilAsync(async () =>
        {
            var page = await SearchAsync(_dispatcher, "patient=record-");
            return page["total"]!.GetValue<long>() == 4 &&
                   page["items"]!.AsArray().Any(i => i!["id"]!.GetValue<string>() == _handedOver && i["state"]!.GetValue<string>() == "HandedOver");
        }, TimeSpan.FromSeconds(30), "the four cases in the record");
    }

    private static async Task<JsonNode> SearchAsync(HttpClient client, string query) =>
        await OkAsync(await client.GetAsync("/api/records/cases?" + query));

    private static IEnumerable<string> Ids(JsonNode page) => page["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>());

    [Test]
    public async System.Threading.Tasks.Task A_referral_is_found_by_part_of_its_number_and_by_its_patient_line()
    {
        var byNumber = await SearchAsync(_dispatcher, "number=" + Uri.EscapeDataString(_handedOverNumber[^6..].ToLowerInvariant()));
        var byPatient = await SearchAsync(_dispatcher, "patient=" + Uri.EscapeDataString("胸痛伴大汗"));
        Assert.Multiple(() =>
        {
            Assert.That(Ids(byNumber), Does.Contain(_handedOver));
            Assert.That(Ids(byPatient), Is.EqualTo(new[] { _handedOver }));
        });
    }

    [Test]
    public async System.Threading.Tasks.Task Calls_are_found_by_part_of_the_callers_phone_which_lists_masked()
    {
        var page = await SearchAsync(_dispatcher, "phone=1234567");
        Assert.That(Ids(page), Is.EqualTo(new[] { _emergency }));
        Assert.That(page["items"]![0]!["callerPhone"]!.GetValue<string>(), Is.EqualTo("139****5678"));
        var opened = await OkAsync(await _dispatcher.GetAsync($"/api/records/cases/{_emergency}"));
        Assert.That(opened["callerPhone"]!.GetValue<string>(), Is.EqualTo("13912345678"), "the case itself shows the number (and the read is kept)");
    }

    [TestCase("kind=transport", "transport")]
    [TestCase("state=Cancelled", "cancelled")]
    [TestCase("priority=1", "priority 1")]
    [TestCase("hospitalId=" + HospitalH1Id, "hospital")]
    [TestCase("vehicleId=amb-01", "vehicle")]
    [TestCase("facilityId=g-01", "facility")]
    public async System.Threading.Tasks.Task Each_filter_keeps_exactly_the_matching_cases(string filter, string what)
    {
        var expected = what switch
        {
            "transport" => new[] { _transport },
            "cancelled" => [_cancelled],
            "priority 1" => [_handedOver, _emergency],
            "hospital" => [_handedOver],
            "vehicle" => [_handedOver],
            _ => [_handedOver, _cancelled],
        };
        Assert.That(Ids(await SearchAsync(_dispatcher, $"patient=record-&{filter}")), Is.EquivalentTo(expected));
    }

    [Test]
    public async System.Threading.Tasks.Task A_date_range_excludes_cases_outside_it()
    {
        var before = Uri.EscapeDataString(_started.AddHours(-1).ToString("o"));
        var start = Uri.EscapeDataString(_started.ToString("o"));
        Assert.Multiple(async () =>
        {
            Assert.That(Ids(await SearchAsync(_dispatcher, $"patient=record-&from={before}&to={start}")), Is.Empty);
            Assert.That(Ids(await SearchAsync(_dispatcher, $"patient=record-&from={start}")).Count(), Is.EqualTo(4));
        });
    }

    [Test]
    public async System.Threading.Tasks.Task Pages_split_the_results_and_sorting_reverses_them()
    {
        var newestFirst = Ids(await SearchAsync(_dispatcher, "patient=record-&sort=-created")).ToList();
        var oldestFirst = Ids(await SearchAsync(_dispatcher, "patient=record-&sort=created")).ToList();
        var pages = new List<string>();
        for (var p = 1; p <= 4; p++) pages.AddRange(Ids(await SearchAsync(_dispatcher, $"patient=record-&sort=created&pageSize=1&page={p}")));
        Assert.Multiple(() =>
        {
            Assert.That(oldestFirst, Is.EqualTo(Enumerable.Reverse(newestFirst)));
            Assert.That(pages, Is.EqualTo(oldestFirst));
        });
    }

    [Test]
    public async System.Threading.Tasks.Task Doctors_and_hospitals_find_only_their_own_cases()
    {
        Assert.Multiple(async () =>
        {
            Assert.That(Ids(await SearchAsync(_doctorA, "patient=record-")), Is.EquivalentTo(new[] { _handedOver, _cancelled }));
            Assert.That(Ids(await SearchAsync(_doctorB, "patient=record-")), Is.Empty);
            Assert.That(Ids(await SearchAsync(_hospitalH1, "patient=record-")), Is.EquivalentTo(new[] { _handedOver }));
            Assert.That(Ids(await SearchAsync(_hospitalH2, "patient=record-")), Is.Empty);
            Assert.That((await _hospitalH2.GetAsync($"/api/records/cases/{_handedOver}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await _doctorB.GetAsync($"/api/records/cases/{_handedOver}/track")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [TestCase("priority=9")]
    [TestCase("priority=urgent")]
    [TestCase("sort=sideways")]
    [TestCase("kind=ship")]
    [TestCase("pageSize=100000")]
    [TestCase("from=2026-12-05T00:00:00Z&to=2026-12-04T00:00:00Z")]
    public async System.Threading.Tasks.Task A_bad_search_is_a_400_problem_never_a_500(string query)
    {
        using var response = await _dispatcher.GetAsync("/api/records/cases?" + query);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async System.Threading.Tasks.Task A_case_opens_with_every_transition_who_role_when_and_reason_and_its_route_ends()
    {
        var opened = await OkAsync(await _dispatcher.GetAsync($"/api/records/cases/{_handedOver}"));
        var timeline = opened["timeline"]!.AsArray();
        var actions = timeline.Select(t => t!["action"]!.GetValue<string>()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(actions.SkipWhile(a => a != "Offer"), Is.EqualTo(new[] { "Offer", "Accept", "AssignVehicle", "EnRoute", "OnScene", "OnBoard", "Arrive", "HandOver" }));
            Assert.That(timeline.Single(t => t!["action"]!.GetValue<string>() == "Accept")!["actor"]!.GetValue<string>(), Is.EqualTo(HospitalH1));
            Assert.That(timeline.Single(t => t!["action"]!.GetValue<string>() == "Accept")!["role"]!.GetValue<string>(), Is.EqualTo("hospital"));
            Assert.That(timeline.Select(t => t!["at"]!.GetValue<DateTimeOffset>()), Is.Ordered);
            Assert.That(opened["from"], Is.Not.Null, "where the patient was picked up");
            Assert.That(opened["to"], Is.Not.Null, "the receiving hospital");
        });
        var cancelled = await OkAsync(await _doctorA.GetAsync($"/api/records/cases/{_cancelled}"));
        Assert.That(cancelled["timeline"]!.AsArray()[^1]!["reason"]!.GetValue<string>(), Is.EqualTo("Family took the patient"));
    }

    [Test]
    public async System.Threading.Tasks.Task The_vehicles_track_on_the_mission_is_kept_in_order()
    {
        var track = await OkAsync(await _dispatcher.GetAsync($"/api/records/cases/{_handedOver}/track"));
        var points = track["points"]!.AsArray();
        Assert.That(points, Has.Count.GreaterThanOrEqualTo(3));
        Assert.That(points.Select(p => p!["vehicleId"]!.GetValue<string>()).Distinct(), Is.EqualTo(new[] { VehicleV1 }));
        Assert.That(points.Select(p => p!["at"]!.GetValue<DateTimeOffset>()), Is.Ordered);
        Assert.That(points.Select(p => p!["lon"]!.GetValue<double>()), Is.Ordered, "the vehicle drove east");
    }

    [Test]
    public async System.Threading.Tasks.Task A_closed_referral_exports_as_fhir_with_a_state_and_provenance_per_transition()
    {
        using var response = await _dispatcher.GetAsync($"/api/records/cases/{_handedOver}/fhir");
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        var bundle = new FhirJsonDeserializer().Deserialize<Bundle>(text);
        var opened = await OkAsync(await _dispatcher.GetAsync($"/api/records/cases/{_handedOver}"));
        var transitions = opened["timeline"]!.AsArray().Count;
        var task = bundle.Entry.Select(e => e.Resource).OfType<Hl7.Fhir.Model.Task>().Single();
        var provenances = bundle.Entry.Select(e => e.Resource).OfType<Provenance>().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(task.Status, Is.EqualTo(Hl7.Fhir.Model.Task.TaskStatus.Completed));
            Assert.That(task.Output.Select(o => o.Type.Coding.Single().Code).Last(), Is.EqualTo("HandedOver"));
            Assert.That(task.Output, Has.Count.EqualTo(transitions));
            Assert.That(provenances, Has.Count.EqualTo(transitions));
            Assert.That(provenances.Select(p => p.Agent.Single().Who.Display), Does.Contain(HospitalH1));
            Assert.That(provenances.All(p => p.Target.Single().Reference == $"Task/{_handedOver}"), Is.True);
        });
        using var open = await _dispatcher.GetAsync($"/api/records/cases/{_emergency}/fhir");
        Assert.That(open.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "only a closed referral exports with its history");
    }

    [Test]
    public async System.Threading.Tasks.Task The_shift_report_counts_outcomes_and_its_spreadsheet_lists_every_case()
    {
        var window = $"from={Uri.EscapeDataString(_started.ToString("o"))}&to={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(1).ToString("o"))}";
        var report = await OkAsync(await _dispatcher.GetAsync("/api/records/reports/shift?" + window));
        var referrals = report["referralsByOutcome"]!.AsArray().ToDictionary(t => t!["key"]!.GetValue<string>(), t => t!["count"]!.GetValue<long>());
        Assert.That(referrals, Is.EquivalentTo(new Dictionary<string, long> { ["HandedOver"] = 1, ["Cancelled"] = 1 }));
        Assert.That(report["requestToAcceptance"]!["count"]!.GetValue<long>(), Is.EqualTo(1));

        var total = (await SearchAsync(_dispatcher, window))["total"]!.GetValue<long>();
        var xlsx = await _dispatcher.GetByteArrayAsync("/api/records/reports/shift.xlsx?lang=en&" + window);
        using var stream = new MemoryStream(xlsx);
        Assert.That(stream.GetSheetNames(), Is.EqualTo(new[] { "Summary", "Cases", "By hospital", "Declines" }));
        var rows = stream.Query(useHeaderRow: true, sheetName: "Cases").ToList();
        Assert.That(rows, Has.Count.EqualTo(total));

        var csv = await _dispatcher.GetStringAsync("/api/records/reports/shift.csv?lang=en&" + window);
        Assert.That(csv.Trim().Split('\n'), Has.Length.EqualTo(total + 1), "a heading and one line per case");
    }

    [Test]
    public async System.Threading.Tasks.Task Every_read_of_the_record_is_kept_with_who_read_it()
    {
        await OkAsync(await _doctorA.GetAsync($"/api/records/cases/{_cancelled}"));
        await using var conn = new NpgsqlConnection(await RecordDatabaseAsync());
        var reads = (await conn.QueryAsync<(string Username, string What, string? CaseId)>(
            "SELECT username, what, case_id FROM record_reads WHERE username = @u", new { u = DoctorA })).ToList();
        Assert.That(reads, Has.Some.Matches<(string Username, string What, string? CaseId)>(r => r.What == "case" && r.CaseId == _cancelled));
    }
}
