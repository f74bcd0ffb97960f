using System.Globalization;
using System.Text.Json.Nodes;
using Dispatch.Server.Records.Projection;

namespace Dispatch.Server.Tools.Bench.Records;

/// <summary>The demo region's places the invented cases name: grassroots facilities, hospitals and vehicles.</summary>
public sealed record CasePlaces(IReadOnlyList<string> Facilities, IReadOnlyList<string> Hospitals, IReadOnlyList<string> Vehicles, double Lon, double Lat);

/// <summary>
/// Invents months of a 120 centre's record as the projector writes it: calls (some non-emergency transports) and
/// green-channel referrals, day by day, numbered per kind and China day in the order they came in, each with the
/// transitions it went through, its searchable columns and a snapshot in the shape of the live JSON. Deterministic
/// per seed. None of it happened; the patient lines carry no names, as in the real record.
/// </summary>
public sealed class InventedCases(CasePlaces places, int seed)
{
    public static readonly string[] CallComplaints =
    [
        "胸痛", "呼吸困难", "意识不清", "腹痛伴呕吐", "车祸外伤", "跌倒摔伤", "发热伴抽搐", "口角歪斜、肢体无力", "心脏骤停", "药物中毒",
        "临产腹痛", "高处坠落", "烧烫伤", "过敏反应、皮疹", "头晕呕吐", "咯血", "外伤出血", "醉酒昏迷", "哮喘发作", "低血糖昏迷",
    ];

    public static readonly string[] TransportReasons = ["出院转运", "透析转运", "康复转院", "复查转运", "长期卧床转运"];

    public static readonly string[] ReferralConditions =
    [
        "急性胸痛，疑似心梗", "急性脑卒中，发病2小时", "重症肺炎，血氧89%", "重点人群感染，血氧偏低", "慢阻肺急性加重", "糖尿病酮症酸中毒",
        "上消化道出血", "高危妊娠，先兆子痫", "多发伤，骨盆骨折", "急性心衰", "透析患者高钾血症", "脓毒症休克", "急性胰腺炎", "主动脉夹层待排",
    ];

    private static readonly TimeSpan ChinaTime = TimeSpan.FromHours(8);
    private readonly Random _random = new(seed);

    /// <summary>About <paramref name="total"/> cases spread over the <paramref name="days"/> China days before <paramref name="now"/>, oldest first.</summary>
    public IEnumerable<CaseChange> Generate(int total, int days, DateTimeOffset now)
    {
        var today = now.ToOffset(ChinaTime).Date;
        var made = 0;
        for (var d = days - 1; d >= 0 && made < total; d--)
        {
            var day = new DateTimeOffset(today.AddDays(-d), ChinaTime);
            // The remaining cases over the remaining days, give or take a quarter: busier and quieter days.
            var mean = (double)(total - made) / (d + 1);
            var count = d == 0 ? total - made : Math.Min(total - made, (int)Math.Round(mean * (0.75 + _random.NextDouble() * 0.5)));
            var times = Enumerable.Range(0, count).Select(_ => day + TimeOfDay()).Where(t => t < now).Order().ToList();
            var counters = new Dictionary<string, int>();
            foreach (var at in times)
            {
                var roll = _random.NextDouble();
                var kind = roll < 0.55 ? RecordKinds.Call : roll < 0.65 ? RecordKinds.Transport : RecordKinds.Referral;
                var prefix = kind switch { RecordKinds.Call => "C", RecordKinds.Transport => "ZY", _ => "ZZ" };
                var n = counters[prefix] = counters.GetValueOrDefault(prefix) + 1;
                var number = $"{prefix}{day:yyyyMMdd}-{n:D4}";
                yield return kind == RecordKinds.Referral ? Referral(number, at, now) : Call(kind, number, at, now);
                made++;
            }
        }
    }

    /// <summary>More calls by day than at night, as a 120 centre sees them.</summary>
    private TimeSpan TimeOfDay()
    {
        while (true)
        {
            var minute = _random.Next(24 * 60);
            var hour = minute / 60;
            var weight = hour is >= 8 and < 22 ? 1.0 : 0.45;
            if (_random.NextDouble() < weight) return TimeSpan.FromMinutes(minute) + TimeSpan.FromSeconds(_random.Next(60));
        }
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private string Phone() => "1" + "3456789"[_random.Next(7)] + _random.Next(0, 10) + _random.Next(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);

    private CaseChange Call(string kind, string number, DateTimeOffset received, DateTimeOffset now)
    {
        var age = now - received;
        var transport = kind == RecordKinds.Transport;
        var priority = transport ? 4 : 1 + Math.Min(3, (int)(_random.NextDouble() * _random.NextDouble() * 4.5));
        var complaint = transport ? Pick(TransportReasons) : Pick(CallComplaints);
        var phone = Phone();
        var vehicle = Pick(places.Vehicles);
        var cancelled = _random.NextDouble() < 0.1;
        var transported = !cancelled && _random.NextDouble() < 0.8;
        var hospital = transported ? Pick(places.Hospitals) : null;

        // Milestones in mission order, each a few minutes after the one before; a recent call has not reached them all.
        string[] stamps = transported
            ? ["dispatched", "enRoute", "onScene", "leftScene", "atHospital", "backInService"]
            : ["dispatched", "enRoute", "onScene", "backInService"];
        var reached = new List<(string Stamp, DateTimeOffset At)>();
        var t = received;
        var stop = cancelled ? _random.Next(0, 3) : stamps.Length;
        foreach (var stamp in stamps.Take(stop))
        {
            t += TimeSpan.FromSeconds(stamp switch { "dispatched" => 30 + _random.Next(150), "enRoute" => 20 + _random.Next(100), "onScene" => 300 + _random.Next(900), "leftScene" => 600 + _random.Next(900), "atHospital" => 600 + _random.Next(1500), _ => 900 + _random.Next(1800) });
            if (t > now) break;
            reached.Add((stamp, t));
        }
        var done = cancelled ? received + TimeSpan.FromMinutes(1 + _random.Next(20)) : reached.Count == stop ? reached[^1].At : (DateTimeOffset?)null;
        if (done > now) done = null;
        var state = done is null
            ? reached.Count == 0 ? "Queued" : reached[^1].Stamp switch { "dispatched" => "Dispatched", "enRoute" => "EnRoute", "onScene" => "OnScene", "leftScene" => "Transporting", _ => "AtHospital" }
            : cancelled ? "Cancelled" : "Completed";
        var final = done is not null;

        var transitions = new List<RecordTransition> { new(number, "received", "Receive", "dispatcher", "dispatcher", received, "", "Queued", null) };
        var from = "Queued";
        foreach (var (stamp, at) in reached)
        {
            var to = stamp switch { "dispatched" => "Dispatched", "enRoute" => "EnRoute", "onScene" => "OnScene", "leftScene" => "Transporting", "atHospital" => "AtHospital", _ => "Completed" };
            transitions.Add(stamp == "dispatched"
                ? new(number, stamp, to, "", "dispatcher", at, from, to, null)
                : new(number, stamp, to, $"vehicle:{vehicle}", "vehicle", at, from, to, null));
            from = to;
        }
        if (cancelled && final) transitions.Add(new(number, "cancelled", "Cancel", "dispatcher", "dispatcher", done!.Value, from, "Cancelled", "重复呼叫"));

        var timestamps = new JsonObject { ["received"] = received.UtcDateTime };
        foreach (var (stamp, at) in reached) timestamps[stamp] = at.UtcDateTime;
        var snapshot = new JsonObject
        {
            ["id"] = number, ["number"] = number, ["kind"] = transport ? "Transport" : "Emergency", ["status"] = Camel(state),
            ["priority"] = priority, ["chiefComplaint"] = complaint, ["callerPhone"] = phone, ["takenBy"] = "dispatcher",
            ["location"] = new JsonObject { ["lon"] = Math.Round(places.Lon + (_random.NextDouble() - 0.5) * 0.2, 6), ["lat"] = Math.Round(places.Lat + (_random.NextDouble() - 0.5) * 0.16, 6) },
            ["vehicleId"] = reached.Count > 0 ? vehicle : null, ["destinationHospitalId"] = hospital, ["timestamps"] = timestamps,
            ["version"] = transitions.Count,
        };
        return new CaseChange(new RecordCase(number, kind, number, transitions.Count, state, final, priority, complaint, phone, null,
            hospital, reached.Count > 0 ? vehicle : null, received, final ? done : null, snapshot.ToJsonString()), transitions);
    }

    private CaseChange Referral(string number, DateTimeOffset created, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7(created).ToString("N");
        var facility = Pick(places.Facilities);
        var hospital = Pick(places.Hospitals);
        var vehicle = Pick(places.Vehicles);
        var priority = 1 + Math.Min(3, (int)(_random.NextDouble() * _random.NextDouble() * 4.5));
        var sex = _random.Next(2) == 0 ? "male" : "female";
        var patientAge = _random.NextDouble() < 0.6 ? _random.Next(65, 96) : _random.Next(1, 65);
        var condition = Pick(ReferralConditions);
        var roll = _random.NextDouble();
        var ending = roll < 0.8 ? "HandedOver" : roll < 0.95 ? "Cancelled" : "Failed";
        string[] path = ending == "HandedOver"
            ? ["Requested", "Offered", "Accepted", "VehicleAssigned", "EnRouteToPatient", "InTransfer", "ArrivedAtHospital", "HandedOver"]
            : ending == "Cancelled" ? ["Requested", "Offered", "Cancelled"] : ["Requested", "Offered", "Declined", "Escalated", "Failed"];
        var doctor = $"doctor.{facility}";
        var transitions = new List<RecordTransition>();
        var t = created;
        var from = "Identified";
        var ms = created.ToUnixTimeMilliseconds();
        foreach (var to in path)
        {
            if (to != "Requested") t += TimeSpan.FromSeconds(60 + _random.Next(to is "InTransfer" or "ArrivedAtHospital" ? 1800 : 600));
            if (t > now) break;
            var (action, actor, role) = to switch
            {
                "Requested" => ("Request", doctor, "doctor"),
                "Offered" or "Escalated" or "VehicleAssigned" or "Failed" => (to == "VehicleAssigned" ? "AssignVehicle" : to == "Offered" ? "Offer" : to, "dispatcher", "dispatcher"),
                "Accepted" or "Declined" or "HandedOver" => (to == "HandedOver" ? "HandOver" : to == "Accepted" ? "Accept" : "Decline", $"hospital.{hospital}", "hospital"),
                "Cancelled" => ("Cancel", doctor, "doctor"),
                _ => (to, $"vehicle:{vehicle}", "vehicle"),
            };
            ms = Math.Max(ms + 1, t.ToUnixTimeMilliseconds());
            transitions.Add(new(id, $"{ms}-0", action, actor, role, t, from, to, to is "Cancelled" ? "家属要求自行转院" : to is "Declined" ? "无空余床位" : null));
            from = to;
        }
        var state = from == "Identified" ? "Requested" : from;
        var final = state is "HandedOver" or "Cancelled" or "Failed";
        var assigned = transitions.Any(x => x.ToState == "VehicleAssigned");
        var snapshot = new JsonObject
        {
            ["id"] = id, ["number"] = number, ["state"] = Camel(state), ["createdAt"] = created.UtcDateTime,
            ["request"] = new JsonObject
            {
                ["patient"] = new JsonObject { ["age"] = patientAge, ["sex"] = sex, ["tier"] = patientAge >= 65 ? "red" : "yellow", ["condition"] = condition },
                ["requiredCapabilities"] = new JsonArray("icu"), ["priority"] = priority, ["requestingFacilityId"] = facility,
            },
            ["offeredHospitalId"] = hospital, ["acceptedHospitalId"] = transitions.Any(x => x.ToState == "Accepted") ? hospital : null,
            ["vehicleId"] = assigned ? vehicle : null,
            ["timeline"] = new JsonObject { ["closedAt"] = final ? transitions[^1].At.UtcDateTime : null },
            ["version"] = transitions.Count,
        };
        return new CaseChange(new RecordCase(id, RecordKinds.Referral, number, Math.Max(1, transitions.Count), state, final, priority,
            PatientLine.Of(sex, patientAge, condition), null, facility, hospital, assigned ? vehicle : null, created,
            final ? transitions[^1].At : null, snapshot.ToJsonString()), transitions);
    }

    private static string Camel(string pascal) => char.ToLowerInvariant(pascal[0]) + pascal[1..];
}
