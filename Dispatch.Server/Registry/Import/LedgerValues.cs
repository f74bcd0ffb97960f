using System.Globalization;
using Dispatch.Server.Registry.People;
using SexCode = Dispatch.Server.Referrals.Requests.Sex;
using TierCode = Dispatch.Server.Referrals.Requests.Tier;

namespace Dispatch.Server.Registry.Import;

/// <summary>Reads the ways ledgers write sexes, dates, categories and yes/no, in Chinese or English.</summary>
public static class LedgerValues
{
    private static readonly string[] DateFormats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日", "yyyy-MM-dd HH:mm:ss", "yyyy/M/d H:mm:ss", "yyyy/M/d H:mm"];

    public static string Text(object? value) => value switch
    {
        null => "",
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double n => n.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? "",
    };

    public static SexCode? Sex(string text) => text.Trim().ToLowerInvariant() switch
    {
        "男" or "m" or "male" => SexCode.Male,
        "女" or "f" or "female" => SexCode.Female,
        "未知" or "unknown" => SexCode.Unknown,
        _ => null,
    };

    public static DateOnly? Date(object? value)
    {
        switch (value)
        {
            case DateTime d: return DateOnly.FromDateTime(d);
            case double serial when serial is > 0 and < 2958466: return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        }
        var text = Text(value);
        return DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
            : DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt) ? DateOnly.FromDateTime(dt)
            : null;
    }

    public static double? Number(object? value) => value switch
    {
        double d => d,
        _ => double.TryParse(Text(value), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null,
    };

    public static bool? YesNo(string text) => text.Trim().ToLowerInvariant() switch
    {
        "" or "否" or "no" or "n" or "false" or "0" => false,
        "是" or "yes" or "y" or "true" or "1" => true,
        _ => null,
    };

    public static TierCode? Tier(string text) => text.Trim().ToLowerInvariant() switch
    {
        "红" or "红色" or "red" => TierCode.Red,
        "黄" or "黄色" or "yellow" => TierCode.Yellow,
        "绿" or "绿色" or "green" => TierCode.Green,
        _ => null,
    };

    private static readonly Dictionary<string, Category> CategoryNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["65岁以上"] = Category.Over65, ["65岁及以上"] = Category.Over65, ["老年人"] = Category.Over65, ["over65"] = Category.Over65,
        ["孕产妇"] = Category.Pregnant, ["孕妇"] = Category.Pregnant, ["pregnant"] = Category.Pregnant,
        ["儿童"] = Category.Child, ["child"] = Category.Child,
        ["残疾人"] = Category.Disability, ["残疾"] = Category.Disability, ["disability"] = Category.Disability,
        ["高血压"] = Category.Hypertension, ["hypertension"] = Category.Hypertension,
        ["糖尿病"] = Category.Diabetes, ["diabetes"] = Category.Diabetes,
        ["慢性肺病"] = Category.ChronicLungDisease, ["慢阻肺"] = Category.ChronicLungDisease, ["chronicLungDisease"] = Category.ChronicLungDisease,
        ["心脏病"] = Category.HeartDisease, ["heartDisease"] = Category.HeartDisease,
        ["透析"] = Category.KidneyFailureOnDialysis, ["肾衰竭透析"] = Category.KidneyFailureOnDialysis, ["kidneyFailureOnDialysis"] = Category.KidneyFailureOnDialysis,
        ["肿瘤"] = Category.Cancer, ["癌症"] = Category.Cancer, ["cancer"] = Category.Cancer,
        ["独居"] = Category.LivesAlone, ["独居老人"] = Category.LivesAlone, ["livesAlone"] = Category.LivesAlone,
        ["与残疾子女同住"] = Category.LivesWithDisabledChildOnly, ["livesWithDisabledChildOnly"] = Category.LivesWithDisabledChildOnly,
    };

    /// <summary>The Chinese name an export writes for each category (the first listed above).</summary>
    public static string ChineseName(Category c) => CategoryNames.First(kv => kv.Value == c).Key;

    /// <summary>Categories separated by 、，,；;/ or spaces; null when a name is not known.</summary>
    public static List<Category>? Categories(string text)
    {
        var result = new List<Category>();
        foreach (var part in text.Split(['、', '，', ',', '；', ';', '/', ' ', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!CategoryNames.TryGetValue(part, out var c)) return null;
            if (!result.Contains(c)) result.Add(c);
        }
        return result;
    }
}
