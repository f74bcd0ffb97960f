using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Dispatch.Tests.Registry;

/// <summary>Invented people and contacts for register tests, and the calls that make them.</summary>
public static class RegisterPeople
{
    /// <summary>An 80-year-old with hypertension and diabetes: the default rules tier them red.</summary>
    public static object Details(string name, string phone = "13900001234", string birthDate = "1946-03-21") => new
    {
        name, sex = "female", birthDate, phone, village = "新华社区", lon = 104.0712, lat = 30.6733,
        categories = new[] { "hypertension", "diabetes" }, team = "包保一组", familyDoctor = "李医生", toldHotline = true,
    };

    public static readonly object QuietContact = new { channel = "phone", infection = "notTested", symptoms = Array.Empty<string>(), spO2 = 97, advice = "homeCare" };

    public static object ContactAt(DateTimeOffset at) =>
        new { at, channel = "phone", infection = "notTested", symptoms = Array.Empty<string>(), spO2 = 97, advice = "homeCare" };

    public static object Infected(DateTimeOffset at) =>
        new { at, channel = "homeVisit", infection = "antigenPositive", infectionDate = at.ToString("yyyy-MM-dd"), symptoms = new[] { "fever", "cough" },
              temperature = 38.4, spO2 = 95, heartRate = 98, advice = "refer" };

    public const string LedgerHeading = "姓名,性别,出生日期,联系电话,身份证号,村（社区）,经度,纬度,人群类别,包保团队,家庭医生,健康包发放日期,血氧仪发放日期,已告知24小时电话,风险等级,分级理由";

    public static string LedgerCsv(string name) =>
        LedgerHeading + "\n" + $"{name},男,1950-05-02,13800001111,,光明社区,104.071,30.672,高血压、糖尿病,包保二组,王医生,2026-11-20,,是,,\n";

    public static async Task<string> CreateAsync(HttpClient doctor, string name, string phone = "13900001234", string birthDate = "1946-03-21")
    {
        using var response = await doctor.PostAsJsonAsync("/api/register/people", Details(name, phone, birthDate));
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Registering {name} failed: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!["id"]!.GetValue<string>();
    }

    /// <summary>A green-channel request for a registered person, asking for the least urgent priority (the tier raises it).</summary>
    public static object Referral(string personId, string facilityId, int priority = 4) => new
    {
        patient = new
        {
            age = 80, sex = "female", tier = "red", condition = "重点人群感染",
            vitals = new { spO2 = 91, heartRate = 104, systolicBp = 138, diastolicBp = 84, respiratoryRate = 24, consciousness = "alert" },
        },
        requiredCapabilities = new[] { "icu" }, priority, requestingFacilityId = facilityId,
        accompanyingStaff = new[] { new { name = "李医生", role = "doctor" } }, personId,
    };

    public static async Task<string> ReferAsync(HttpClient doctor, string personId, string facilityId, int priority = 4)
    {
        using var response = await doctor.PostAsJsonAsync("/api/referrals", Referral(personId, facilityId, priority));
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Referring failed: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!["referral"]!["id"]!.GetValue<string>();
    }
}
