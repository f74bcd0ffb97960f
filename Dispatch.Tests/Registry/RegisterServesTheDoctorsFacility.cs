using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using Dispatch.Tests.Infrastructure;
using MiniExcelLibs;
using Npgsql;

namespace Dispatch.Tests.Registry;

/// <summary>
/// The register end to end on the real server, Redis and PostgreSQL: people tiered by the rules, contacts moving them on and
/// off the overdue list, ledger imports that land whole or not at all, referrals raised for a person, and the audit.
/// </summary>
public sealed class RegisterServesTheDoctorsFacility : ServerFixture
{
    private HttpClient _doctor = null!;
    private string _database = null!;

    [OneTimeSetUp]
    public async Task SignIn()
    {
        _doctor = await SignedInAsync(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword);
        _database = await DispatchServerProcess.RecordDatabaseFor(Redis);
        // The schema is applied in the background at start; the register answers 503 until then.
        await Poll.UntilAsync(async () => (await _doctor.GetAsync("/api/register/teams")).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30), "the register to be ready");
    }

    [OneTimeTearDown]
    public void SignOut() => _doctor.Dispose();

    private static async Task<JsonNode> Json(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, $"{(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..6];

    [Test]
    public async Task A_person_is_tiered_by_the_rules_and_an_override_needs_a_reason_kept_in_the_history()
    {
        var id = await RegisterPeople.CreateAsync(_doctor, Unique("规则"), phone: "13900002001");
        var page = await Json(await _doctor.GetAsync($"/api/register/people/{id}"));
        Assert.Multiple(() =>
        {
            Assert.That(page["person"]!["tier"]!.GetValue<string>(), Is.EqualTo("red"));
            Assert.That(page["person"]!["tierReason"]!.GetValue<string>(), Is.EqualTo("elderly-multimorbid"));
            Assert.That(page["person"]!["categories"]!.AsArray().Select(c => c!.GetValue<string>()), Does.Contain("over65"), "age category from the birth date");
        });

        using var noReason = await _doctor.PostAsJsonAsync($"/api/register/people/{id}/tier", new { tier = "yellow", reason = "" });
        Assert.That(noReason.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        await Json(await _doctor.PostAsJsonAsync($"/api/register/people/{id}/tier", new { tier = "yellow", reason = "子女同住，照护良好" }));

        page = await Json(await _doctor.GetAsync($"/api/register/people/{id}"));
        var history = page["tierHistory"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(page["person"]!["tier"]!.GetValue<string>(), Is.EqualTo("yellow"));
            Assert.That(page["person"]!["suggestedTier"]!.GetValue<string>(), Is.EqualTo("red"), "the rules' suggestion stays visible");
            Assert.That(history.Select(h => h!["toTier"]!.GetValue<string>()), Is.EqualTo(new[] { "red", "yellow" }));
            Assert.That(history[1]!["reason"]!.GetValue<string>(), Is.EqualTo("子女同住，照护良好"));
            Assert.That(history[1]!["overridden"]!.GetValue<bool>(), Is.True);
        });
    }

    private Task<HttpResponseMessage> PutAsync(string id, object details, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/register/people/{id}") { Content = JsonContent.Create(details) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return _doctor.SendAsync(request);
    }

    [Test]
    public async Task An_edit_names_the_version_it_was_made_on_and_a_concurrent_edit_is_refused_not_overwritten()
    {
        var name = Unique("修改");
        var id = await RegisterPeople.CreateAsync(_doctor, name, phone: "13900002005");
        using var read = await _doctor.GetAsync($"/api/register/people/{id}");
        var tag = read.Headers.ETag?.ToString();
        var version = (await Json(read))["person"]!["version"]!.GetValue<long>();
        Assert.That(tag, Is.EqualTo($"\"{version}\""), "the page's ETag is the person's version");

        // Two doctors opened the same page: the first saves a new phone, the second (on the old version) a new village.
        using var first = await PutAsync(id, RegisterPeople.Details(name, phone: "13900002095"), tag);
        var saved = await Json(first);
        var moved = RegisterPeople.Details(name, phone: "13900002005");
        using var second = await PutAsync(id, new { name, sex = "female", birthDate = "1946-03-21", phone = "13900002005", village = "光明社区", lon = 104.08, lat = 30.68,
            categories = new[] { "hypertension", "diabetes" }, team = "包保一组", toldHotline = true }, tag);
        var conflict = JsonNode.Parse(await second.Content.ReadAsStringAsync())!;
        using var untagged = await PutAsync(id, moved, null);
        var required = JsonNode.Parse(await untagged.Content.ReadAsStringAsync())!;
        using var garbled = await PutAsync(id, moved, "\"v-two\"");
        var invalid = JsonNode.Parse(await garbled.Content.ReadAsStringAsync())!;
        var page = await Json(await _doctor.GetAsync($"/api/register/people/{id}"));
        Assert.Multiple(() =>
        {
            Assert.That(saved["version"]!.GetValue<long>(), Is.EqualTo(version + 1));
            Assert.That(first.Headers.ETag?.ToString(), Is.EqualTo($"\"{version + 1}\""));
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(second.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(conflict["title"]!.GetValue<string>(), Is.EqualTo("changed-meanwhile"));
            Assert.That(untagged.StatusCode, Is.EqualTo((HttpStatusCode)428));
            Assert.That(required["title"]!.GetValue<string>(), Is.EqualTo("version-required"));
            Assert.That(garbled.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(invalid["errors"]!["If-Match"]![0]!.GetValue<string>(), Is.EqualTo("invalid-version"));
            Assert.That(page["person"]!["phone"]!.GetValue<string>(), Is.EqualTo("13900002095"), "the first edit stands");
            Assert.That(page["person"]!["village"]!.GetValue<string>(), Is.EqualTo("新华社区"), "the stale edit changed nothing");
        });

        // On the current version the second doctor's change lands; an override sent with the details is kept in the
        // tier history, and details sent without a tier put the person back under the rules.
        var current = $"\"{version + 1}\"";
        using var overridden = await PutAsync(id, new { name, sex = "female", birthDate = "1946-03-21", phone = "13900002095", village = "光明社区", lon = 104.08, lat = 30.68,
            categories = new[] { "hypertension", "diabetes" }, team = "包保一组", toldHotline = true, tier = "yellow", tierReason = "子女同住" }, current);
        var afterOverride = await Json(overridden);
        using var ruled = await PutAsync(id, RegisterPeople.Details(name, phone: "13900002095"), $"\"{version + 2}\"");
        var afterRules = await Json(ruled);
        page = await Json(await _doctor.GetAsync($"/api/register/people/{id}"));
        Assert.Multiple(() =>
        {
            Assert.That(afterOverride["village"]!.GetValue<string>(), Is.EqualTo("光明社区"));
            Assert.That(afterOverride["lon"]!.GetValue<double>(), Is.EqualTo(104.08));
            Assert.That((afterOverride["tier"]!.GetValue<string>(), afterOverride["tierOverridden"]!.GetValue<bool>()), Is.EqualTo(("yellow", true)));
            Assert.That((afterRules["tier"]!.GetValue<string>(), afterRules["tierOverridden"]!.GetValue<bool>()), Is.EqualTo(("red", false)));
            Assert.That(page["tierHistory"]!.AsArray().Select(h => h!["toTier"]!.GetValue<string>()), Is.EqualTo(new[] { "red", "yellow", "red" }));
        });

        // A client may say outright that it overwrites whatever is there.
        using var overwrite = await PutAsync(id, RegisterPeople.Details(name, phone: "13900002096"), "*");
        Assert.That((await Json(overwrite))["version"]!.GetValue<long>(), Is.EqualTo(version + 4));

        await using var db = new NpgsqlConnection(_database);
        var actions = (await db.QueryAsync<string>("SELECT action FROM register_audit WHERE person_id = @id::uuid AND action = 'update'", new { id })).ToList();
        Assert.That(actions, Has.Count.EqualTo(4), "every edit that landed is audited, the refused ones are not");
    }

    [Test]
    public async Task Contacts_put_a_red_tier_person_on_the_overdue_list_and_take_them_off_it()
    {
        var name = Unique("随访");
        var id = await RegisterPeople.CreateAsync(_doctor, name, phone: "13900002002");
        async Task<bool> Overdue() => (await Json(await _doctor.GetAsync("/api/register/overdue?team=包保一组"))).AsArray().Any(p => p!["id"]!.GetValue<string>() == id);

        Assert.That(await Overdue(), Is.False, "a new person has one window of grace");
        var now = DateTimeOffset.UtcNow;
        foreach (var daysAgo in new[] { 10, 9, 8 })
            await Json(await _doctor.PostAsJsonAsync($"/api/register/people/{id}/contacts", RegisterPeople.ContactAt(now.AddDays(-daysAgo))));
        Assert.That(await Overdue(), Is.True, "three contacts, the last eight days ago: short of three in seven days");

        await Json(await _doctor.PostAsJsonAsync($"/api/register/people/{id}/contacts", RegisterPeople.ContactAt(now.AddMinutes(-2))));
        await Json(await _doctor.PostAsJsonAsync($"/api/register/people/{id}/contacts", RegisterPeople.ContactAt(now.AddMinutes(-1))));
        Assert.That(await Overdue(), Is.True, "two contacts in the window are not three");
        await Json(await _doctor.PostAsJsonAsync($"/api/register/people/{id}/contacts", RegisterPeople.QuietContact));
        Assert.That(await Overdue(), Is.False);

        var list = await Json(await _doctor.GetAsync($"/api/register/people?q={Uri.EscapeDataString(name)}"));
        var item = list["items"]!.AsArray().Single()!;
        Assert.Multiple(() =>
        {
            Assert.That(item["phone"]!.GetValue<string>(), Is.EqualTo("139****2002"), "lists mask the phone");
            Assert.That(item["overdueHours"], Is.Null);
        });
    }

    [Test]
    public async Task A_ledger_with_bad_rows_imports_nothing_and_names_each_row_field_and_reason()
    {
        var good = Unique("台账");
        var csv = RegisterPeople.LedgerHeading + "\n" +
                  $"{good},男,1950-05-02,13800003001,11010519491231002X,光明社区,104.071,30.672,高血压、糖尿病,包保二组,王医生,2026-11-20,,是,,\n" +
                  $"{Unique("坏日期")},女,1950-13-45,13800003002,,光明社区,104.071,30.672,孕产妇,包保二组,,,,否,,\n" +
                  $"{Unique("坏类别")},男,1951-01-01,abc,,光明社区,104.071,30.672,火星病,包保二组,,,,是,,\n";
        using var refused = await _doctor.PostAsync("/api/register/import?format=csv", new StringContent(csv, Encoding.UTF8, "text/csv"));
        var report = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        var errors = report["errors"]!.AsArray().Select(e => (e!["row"]!.GetValue<int>(), e["field"]!.GetValue<string>(), e["reason"]!.GetValue<string>())).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(report["imported"]!.GetValue<int>(), Is.Zero);
            Assert.That(errors, Is.EquivalentTo(new[] { (3, "birthDate", "invalid-date"), (4, "phone", "invalid-phone"), (4, "categories", "unknown-category") }));
        });
        var found = await Json(await _doctor.GetAsync($"/api/register/people?q={Uri.EscapeDataString(good)}"));
        Assert.That(found["total"]!.GetValue<long>(), Is.Zero, "the good row was not imported either");

        // The same people as an XLSX, without the bad rows: imported; again: skipped as already registered.
        var rows = new[]
        {
            new Dictionary<string, object> { ["姓名"] = good, ["性别"] = "男", ["出生日期"] = new DateTime(1950, 5, 2), ["联系电话"] = "13800003001",
                ["身份证号"] = "11010519491231002X", ["村（社区）"] = "光明社区", ["经度"] = 104.071, ["纬度"] = 30.672, ["人群类别"] = "高血压、糖尿病",
                ["包保团队"] = "包保二组", ["已告知24小时电话"] = "是" },
        };
        using var xlsx = new MemoryStream();
        await MiniExcel.SaveAsAsync(xlsx, rows);
        var imported = await Json(await _doctor.PostAsync("/api/register/import", new ByteArrayContent(xlsx.ToArray())));
        var again = await Json(await _doctor.PostAsync("/api/register/import", new ByteArrayContent(xlsx.ToArray())));
        Assert.Multiple(() =>
        {
            Assert.That(imported["imported"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(again["imported"]!.GetValue<int>(), Is.Zero);
            Assert.That(again["skipped"]![0]!["reason"]!.GetValue<string>(), Is.EqualTo("duplicate-existing"));
        });
        var listed = (await Json(await _doctor.GetAsync($"/api/register/people?q={Uri.EscapeDataString(good)}")))["items"]![0]!;
        Assert.That(listed["idCard"]!.GetValue<string>(), Is.EqualTo("**************002X"), "only the last four of the ID are kept and shown");

        await using var db = new NpgsqlConnection(_database);
        var stored = await db.QuerySingleAsync<(string? Last4, int HashLength)>(
            "SELECT id_last4, length(id_hash) FROM register_person WHERE name = @good", new { good });
        var anywhere = await db.ExecuteScalarAsync<long>("SELECT count(*) FROM register_person WHERE row_to_json(register_person)::text LIKE '%110105194912310%'");
        Assert.Multiple(() =>
        {
            Assert.That(stored, Is.EqualTo(("002X", 32)));
            Assert.That(anywhere, Is.Zero, "the ID number itself is nowhere in the register");
        });
    }

    [Test]
    public async Task A_referral_from_the_register_starts_identified_is_picked_up_at_home_and_its_outcome_shows_on_the_person()
    {
        var id = await RegisterPeople.CreateAsync(_doctor, Unique("转诊"), phone: "13900002003");
        var created = await Json(await _doctor.PostAsJsonAsync("/api/referrals", RegisterPeople.Referral(id, "g-01", priority: 4)));
        var referral = created["referral"]!;
        var referralId = referral["id"]!.GetValue<string>();
        Assert.Multiple(() =>
        {
            Assert.That(referral["request"]!["priority"]!.GetValue<int>(), Is.EqualTo(2), "a red-tier person is referred at priority 2 at least");
            Assert.That(referral["origin"]!["lon"]!.GetValue<double>(), Is.EqualTo(104.0712), "picked up at home");
            Assert.That(referral["request"]!["personId"]!.GetValue<string>(), Is.EqualTo(id));
        });
        var timeline = await Json(await _doctor.GetAsync($"/api/referrals/{referralId}/timeline"));
        Assert.That(timeline["transitions"]![0]!["transition"]!["from"]!.GetValue<string>(), Is.EqualTo("identified"), "the lifecycle starts at Identified");

        // Automatic matching has offered it already; the dispatcher offers it to the demo hospital H1, which accepts.
        const string hospitalId = Security.ReferralStager.HospitalH1;
        using var dispatcher = await DispatcherAsync();
        await Poll.UntilAsync(async () => (await Json(await _doctor.GetAsync($"/api/referrals/{referralId}")))["referral"]!["state"]!.GetValue<string>().Equals("offered", StringComparison.OrdinalIgnoreCase),
            TimeSpan.FromSeconds(15), "the referral to be offered");
        await Json(await dispatcher.PostAsJsonAsync($"/api/referrals/{referralId}/offer", new { hospitalId }));
        using var hospital = await SignedInAsync(DemoAccounts.HospitalH1, DemoAccounts.HospitalPassword);
        await Json(await hospital.PostAsJsonAsync($"/api/referrals/{referralId}/accept", new { }));
        var seen = await Json(await hospital.GetAsync($"/api/register/referrals/{referralId}/person"));
        Assert.That(seen["id"]!.GetValue<string>(), Is.EqualTo(id), "the accepting hospital sees the person through the referral");

        await Poll.UntilAsync(async () => (await Json(await _doctor.GetAsync($"/api/register/people/{id}")))["referrals"]!.AsArray()
            .Any(r => r!["state"]!.GetValue<string>() == "accepted" && r["hospitalId"]!.GetValue<string>() == hospitalId),
            TimeSpan.FromSeconds(10), "the acceptance to show in the person's history");
    }

    [Test]
    public async Task Reads_exports_and_changes_are_audited_and_bad_input_is_a_problem_not_a_crash()
    {
        var id = await RegisterPeople.CreateAsync(_doctor, Unique("审计"), phone: "13900002004");
        await Json(await _doctor.GetAsync($"/api/register/people/{id}"));
        await Json(await _doctor.PostAsJsonAsync($"/api/register/people/{id}/contacts", RegisterPeople.QuietContact));
        using (var export = await _doctor.GetAsync("/api/register/export?format=csv"))
            Assert.That(export.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        using var badContact = await _doctor.PostAsJsonAsync($"/api/register/people/{id}/contacts", new { channel = "phone", infection = "antigenPositive", spO2 = 140, advice = "homeCare" });
        var problem = JsonNode.Parse(await badContact.Content.ReadAsStringAsync())!;
        using var missing = await _doctor.GetAsync($"/api/register/people/{Guid.NewGuid()}");
        using var notJson = await _doctor.PostAsync($"/api/register/people/{id}/contacts", new StringContent("{", Encoding.UTF8, "application/json"));
        using var duplicate = await _doctor.PostAsJsonAsync("/api/register/people", RegisterPeople.Details("重复" + id[..6], phone: "13900002004"));
        using var duplicateAgain = await _doctor.PostAsJsonAsync("/api/register/people", RegisterPeople.Details("重复" + id[..6], phone: "13900002004"));
        Assert.Multiple(() =>
        {
            Assert.That(badContact.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem["errors"]!["spO2"]![0]!.GetValue<string>(), Is.EqualTo("out-of-range"));
            Assert.That(problem["errors"]!["infectionDate"]![0]!.GetValue<string>(), Is.EqualTo("required"));
            Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(notJson.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(duplicate.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(duplicateAgain.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        });

        await using var db = new NpgsqlConnection(_database);
        var actions = (await db.QueryAsync<string>("SELECT action FROM register_audit WHERE person_id = @id::uuid ORDER BY id", new { id })).ToList();
        var exports = await db.ExecuteScalarAsync<long>("SELECT count(*) FROM register_audit WHERE action = 'export-register' AND actor = @u", new { u = DemoAccounts.DoctorA });
        Assert.Multiple(() =>
        {
            Assert.That(actions, Is.EqualTo(new[] { "create", "read-person", "record-contact" }));
            Assert.That(exports, Is.GreaterThanOrEqualTo(1));
        });
        Assert.That(Server.Log, Does.Not.Contain("13900002004"), "no personal data in the server's log");
    }
}
