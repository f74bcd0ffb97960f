namespace Dispatch.Server.Registry.Import;

/// <summary>
/// The ledger's columns: the Chinese headings facilities use (with common variants) and English ones, each mapped to the
/// field code the validation report names.
/// </summary>
public static class LedgerColumns
{
    public const string Name = "name";
    public const string Sex = "sex";
    public const string BirthDate = "birthDate";
    public const string Phone = "phone";
    public const string IdCard = "idCardNumber";
    public const string Village = "village";
    public const string Lon = "lon";
    public const string Lat = "lat";
    public const string Categories = "categories";
    public const string Team = "team";
    public const string FamilyDoctor = "familyDoctor";
    public const string HealthPackAt = "healthPackAt";
    public const string OximeterAt = "oximeterAt";
    public const string ToldHotline = "toldHotline";
    public const string Tier = "tier";
    public const string TierReason = "tierReason";

    /// <summary>Headings in the order an export writes them (Chinese, as the ledgers in use are).</summary>
    public static readonly (string Field, string Heading)[] Export =
    [
        (Name, "姓名"), (Sex, "性别"), (BirthDate, "出生日期"), (Phone, "联系电话"), (IdCard, "身份证号"), (Village, "村（社区）"),
        (Lon, "经度"), (Lat, "纬度"), (Categories, "人群类别"), (Tier, "风险等级"), (TierReason, "分级理由"), (Team, "包保团队"),
        (FamilyDoctor, "家庭医生"), (HealthPackAt, "健康包发放日期"), (OximeterAt, "血氧仪发放日期"), (ToldHotline, "已告知24小时电话"),
    ];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["姓名"] = Name, ["name"] = Name,
        ["性别"] = Sex, ["sex"] = Sex,
        ["出生日期"] = BirthDate, ["出生年月"] = BirthDate, ["birthDate"] = BirthDate, ["birth date"] = BirthDate,
        ["联系电话"] = Phone, ["电话"] = Phone, ["手机号"] = Phone, ["phone"] = Phone,
        ["身份证号"] = IdCard, ["身份证号码"] = IdCard, ["idCard"] = IdCard, ["idCardNumber"] = IdCard,
        ["村（社区）"] = Village, ["村(社区)"] = Village, ["村/社区"] = Village, ["村社区"] = Village, ["住址"] = Village, ["village"] = Village,
        ["经度"] = Lon, ["lon"] = Lon, ["longitude"] = Lon,
        ["纬度"] = Lat, ["lat"] = Lat, ["latitude"] = Lat,
        ["人群类别"] = Categories, ["重点人群类别"] = Categories, ["categories"] = Categories,
        ["包保团队"] = Team, ["team"] = Team,
        ["家庭医生"] = FamilyDoctor, ["familyDoctor"] = FamilyDoctor,
        ["健康包发放日期"] = HealthPackAt, ["healthPackAt"] = HealthPackAt,
        ["血氧仪发放日期"] = OximeterAt, ["oximeterAt"] = OximeterAt,
        ["已告知24小时电话"] = ToldHotline, ["告知24小时电话"] = ToldHotline, ["toldHotline"] = ToldHotline,
        ["风险等级"] = Tier, ["分级"] = Tier, ["tier"] = Tier,
        ["分级理由"] = TierReason, ["tierReason"] = TierReason,
    };

    public static string? FieldOf(string heading) => Aliases.TryGetValue(heading.Trim(), out var f) ? f : null;

    public static readonly string[] Required = [Name, Sex, BirthDate, Phone, Village, Lon, Lat, Categories, Team];
}
