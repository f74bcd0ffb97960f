using Dispatch.Server.Referrals.Requests;
using Dispatch.Server.Registry.Cadence;
using Dispatch.Server.Registry.Contacts;
using Dispatch.Server.Registry.People;
using Dispatch.Server.Registry.Persistence;

namespace Dispatch.Server.Registry.Seed;

/// <summary>An invented person and their invented contact history, newest contact first.</summary>
public sealed record InventedPerson(PersonRow Person, IReadOnlyList<ContactRow> Contacts);

/// <summary>
/// Invents a facility's register: plausible Chinese names, ages, categories, tiers, homes around the facility and a few
/// weeks of contacts. Every person is marked <see cref="PersonRow.Invented"/>; none of them exists. Deterministic per seed,
/// so the demo and the benchmark are the same on every run.
/// </summary>
public sealed class InventedPeople(RegistryOptions options)
{
    private static readonly string[] Surnames =
        ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "蒋", "蔡", "余"];
    private static readonly string[] GivenFemale = ["秀英", "桂英", "秀兰", "玉兰", "淑珍", "凤英", "丽", "敏", "静", "婷", "芳", "燕", "霞", "红梅", "海燕", "雪梅", "晓琳", "欣怡", "雨涵", "子涵", "思琪", "慧", "琴", "兰芳"];
    private static readonly string[] GivenMale = ["建国", "建华", "国强", "志强", "德明", "文华", "明", "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "永福", "玉山", "长青", "浩然", "子轩", "宇航", "俊杰", "家豪", "成"];
    private static readonly string[] Villages = ["新华社区", "光明社区", "和平社区", "东风村", "红星村", "建设社区", "幸福村", "团结村", "胜利社区", "春熙社区", "望江社区", "青龙村"];
    private static readonly string[] TeamNames = ["包保一组", "包保二组", "包保三组", "包保四组", "包保五组", "包保六组", "包保七组", "包保八组", "包保九组", "包保十组"];
    private static readonly Category[] Diseases = [Category.Hypertension, Category.Diabetes, Category.ChronicLungDisease, Category.HeartDisease];

    private readonly PersonFactory _factory = new(options);

    public static string TeamName(int index) => index < TeamNames.Length ? TeamNames[index] : $"包保{index + 1}组";

    public IEnumerable<InventedPerson> Generate(string facilityId, double lon, double lat, int count, int teams, int contactsPerPerson, DateTimeOffset now, int seed)
    {
        var random = new Random(seed);
        var cadence = _factory.Cadence;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        for (var i = 0; i < count; i++)
        {
            var female = random.Next(2) == 0;
            var name = Surnames[random.Next(Surnames.Length)] + (female ? GivenFemale[random.Next(GivenFemale.Length)] : GivenMale[random.Next(GivenMale.Length)]);
            var group = random.NextDouble();
            var age = group < 0.55 ? random.Next(65, 96) : group < 0.65 ? random.Next(1, 14) : random.Next(22, 65);
            var birth = today.AddYears(-age).AddDays(-random.Next(0, 365));
            var categories = new List<Category>();
            if (female && age is >= 22 and <= 40 && random.NextDouble() < 0.5) categories.Add(Category.Pregnant);
            if (age >= 40) foreach (var d in Diseases) if (random.NextDouble() < 0.28) categories.Add(d);
            if (age >= 50 && random.NextDouble() < 0.04) categories.Add(Category.KidneyFailureOnDialysis);
            if (age >= 50 && random.NextDouble() < 0.04) categories.Add(Category.Cancer);
            if (random.NextDouble() < 0.06) categories.Add(Category.Disability);
            if (age >= 65 && random.NextDouble() < 0.22) categories.Add(Category.LivesAlone);
            if (age >= 60 && random.NextDouble() < 0.02) categories.Add(Category.LivesWithDisabledChildOnly);
            // Everyone on a ledger is there for a reason; age alone is one only for the elderly and children.
            if (categories.Count == 0 && age is >= 14 and < 65) categories.Add(Diseases[random.Next(Diseases.Length)]);

            // Homes within about 2 km of the facility.
            var home = (Lon: lon + (random.NextDouble() - 0.5) * 0.04, Lat: lat + (random.NextDouble() - 0.5) * 0.035);
            var registered = now.AddDays(-random.Next(20, 400));
            var details = new PersonDetails(name, female ? Sex.Female : Sex.Male, birth, InventedPhone(random), null,
                Villages[random.Next(Villages.Length)], Math.Round(home.Lon, 6), Math.Round(home.Lat, 6), categories, TeamName(random.Next(teams)),
                Surnames[random.Next(Surnames.Length)] + "医生", random.NextDouble() < 0.8 ? today.AddDays(-random.Next(5, 60)) : null,
                random.NextDouble() < 0.6 ? today.AddDays(-random.Next(5, 60)) : null, random.NextDouble() < 0.9, null, null);
            var person = _factory.NewRow(Guid.CreateVersion7(registered.AddSeconds(i % 1000)), facilityId, details, null, registered, invented: true);
            person.CreatedAt = registered.UtcDateTime;

            var tier = Codes.Parse<Tier>(person.Tier);
            var contacts = InventContacts(random, person, tier, contactsPerPerson, now);
            var latest = contacts.Count > 0 ? contacts[0] : null;
            if (latest is not null)
            {
                person.LastContactAt = latest.At;
                person.LastSpo2 = latest.Spo2;
                person.LastSymptomScore = SymptomScore.Of(latest.Symptoms.Select(Codes.Parse<Symptom>));
                person.Infected = latest.Infection is "antigenPositive" or "pcrPositive";
                person.InfectedSince = person.Infected ? latest.InfectionDate : null;
            }
            person.DueAt = cadence.DueAt(tier, person.Infected,
                contacts.Take(cadence.ContactsToKeep).Select(c => new DateTimeOffset(c.At, TimeSpan.Zero)).ToList(), registered)?.UtcDateTime;
            yield return new InventedPerson(person, contacts);
        }
    }

    private static List<ContactRow> InventContacts(Random random, PersonRow person, Tier tier, int count, DateTimeOffset now)
    {
        // Red people are called most often, then yellow; about one in six teams lets someone slip behind.
        var meanGapHours = tier switch { Tier.Red => 52.0, Tier.Yellow => 80.0, _ => 24.0 * 14 };
        if (random.NextDouble() < 0.17) meanGapHours *= 2.2;
        var contacts = new List<ContactRow>(count);
        var at = now.UtcDateTime.AddHours(-random.NextDouble() * meanGapHours);
        var infectedRecently = random.NextDouble() < 0.06;
        for (var k = 0; k < count && at > person.CreatedAt; k++)
        {
            var positive = infectedRecently && k < 3;
            var low = random.NextDouble() < 0.03;
            contacts.Add(new ContactRow
            {
                PersonId = person.Id,
                At = at,
                Channel = Codes.Of((ContactChannel)random.Next(4)),
                ByUser = person.FamilyDoctor,
                Infection = positive ? "antigenPositive" : k % 7 == 0 ? "negative" : "notTested",
                InfectionDate = positive ? at.Date.AddDays(-1) : null,
                Symptoms = positive ? ["fever", "cough"] : random.NextDouble() < 0.1 ? ["cough"] : [],
                Temperature = positive ? 38.2m : 36.5m + (decimal)Math.Round(random.NextDouble() * 0.6, 1),
                Spo2 = low ? random.Next(89, 93) : random.Next(94, 100),
                HeartRate = random.Next(62, 96),
                Advice = positive || low ? "medicationGuidance" : "homeCare",
            });
            at = at.AddHours(-(meanGapHours * (0.5 + random.NextDouble())));
        }
        return contacts;
    }

    private static string InventedPhone(Random random) =>
        "1" + "3456789"[random.Next(7)] + random.Next(0, 10) + random.Next(0, 100_000_000).ToString("D8");
}
