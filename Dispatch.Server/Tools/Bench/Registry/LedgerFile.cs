using System.Globalization;
using Dispatch.Server.Registry.Import;
using Dispatch.Server.Registry.Seed;
using MiniExcelLibs;

namespace Dispatch.Server.Tools.Bench.Registry;

/// <summary>
/// Writes a facility's ledger as a facility keeps it: an XLSX with the Chinese headings the export writes, one invented
/// person a row, most with a valid ID-card number. Every row is valid and unique, so an import takes them all.
/// </summary>
public static class LedgerFile
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭"];
    private static readonly string[] Given = ["秀英", "桂英", "建国", "建华", "国强", "玉兰", "德明", "淑珍", "文华", "凤英", "永福", "长青", "红梅", "志强"];
    private static readonly string[] Villages = ["新华社区", "光明社区", "和平社区", "东风村", "红星村", "建设社区", "幸福村", "团结村"];
    private static readonly string[] Categories = ["65岁以上、高血压", "高血压、糖尿病", "慢性肺病", "心脏病、独居", "孕产妇", "儿童", "残疾人", "65岁以上", "透析", "肿瘤、高血压"];

    private static readonly Dictionary<string, string> H = LedgerColumns.Export.ToDictionary(e => e.Field, e => e.Heading);

    public static void Write(string path, int rows, CountyFacility facility, int teams, DateTimeOffset now, int seed)
    {
        var random = new Random(seed);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var ids = new HashSet<string>();
        IEnumerable<Dictionary<string, object?>> Rows()
        {
            for (var i = 0; i < rows; i++)
            {
                var categories = Categories[random.Next(Categories.Length)];
                var age = categories.Contains("儿童") ? random.Next(1, 14) : categories.Contains("孕产妇") ? random.Next(22, 40) : random.Next(45, 95);
                var birth = today.AddYears(-age).AddDays(-random.Next(0, 365));
                string? id = null;
                if (random.NextDouble() < 0.7)
                    do id = IdNumber(birth, random); while (!ids.Add(id));
                yield return new Dictionary<string, object?>
                {
                    [H[LedgerColumns.Name]] = Surnames[random.Next(Surnames.Length)] + Given[random.Next(Given.Length)],
                    [H[LedgerColumns.Sex]] = random.Next(2) == 0 ? "男" : "女",
                    [H[LedgerColumns.BirthDate]] = birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    // Unique per row, so no two rows are the same person by name, birth date and phone.
                    [H[LedgerColumns.Phone]] = "139" + (10_000_000 + i).ToString(CultureInfo.InvariantCulture),
                    [H[LedgerColumns.IdCard]] = id,
                    [H[LedgerColumns.Village]] = Villages[random.Next(Villages.Length)],
                    [H[LedgerColumns.Lon]] = Math.Round(facility.Lon + (random.NextDouble() - 0.5) * 0.04, 6),
                    [H[LedgerColumns.Lat]] = Math.Round(facility.Lat + (random.NextDouble() - 0.5) * 0.035, 6),
                    [H[LedgerColumns.Categories]] = categories,
                    [H[LedgerColumns.Tier]] = null,
                    [H[LedgerColumns.TierReason]] = null,
                    [H[LedgerColumns.Team]] = InventedPeople.TeamName(random.Next(teams)),
                    [H[LedgerColumns.FamilyDoctor]] = Surnames[random.Next(Surnames.Length)] + "医生",
                    [H[LedgerColumns.HealthPackAt]] = random.NextDouble() < 0.8 ? today.AddDays(-random.Next(5, 60)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                    [H[LedgerColumns.OximeterAt]] = random.NextDouble() < 0.6 ? today.AddDays(-random.Next(5, 60)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                    [H[LedgerColumns.ToldHotline]] = random.NextDouble() < 0.9 ? "是" : "否",
                };
            }
        }
        MiniExcel.SaveAs(path, Rows(), overwriteFile: true);
    }

    /// <summary>An 18-character resident ID number with a valid check character, for an invented person in Chengdu (5101xx).</summary>
    private static string IdNumber(DateOnly birth, Random random)
    {
        var body = $"5101{random.Next(4, 16):D2}{birth:yyyyMMdd}{random.Next(1000):D3}";
        ReadOnlySpan<int> weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (body[i] - '0') * weights[i];
        return body + "10X98765432"[sum % 11];
    }
}
