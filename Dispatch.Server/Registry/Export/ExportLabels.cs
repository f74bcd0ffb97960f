namespace Dispatch.Server.Registry.Export;

/// <summary>Chinese words for the stored codes in a contacts export (the ledger's language); unknown codes go out as they are.</summary>
public static class ExportLabels
{
    private static readonly Dictionary<string, string> Words = new()
    {
        ["phone"] = "电话", ["weChat"] = "微信", ["video"] = "视频", ["homeVisit"] = "入户",
        ["notTested"] = "未检测", ["negative"] = "阴性", ["antigenPositive"] = "抗原阳性", ["pcrPositive"] = "核酸阳性",
        ["homeCare"] = "居家观察", ["medicationGuidance"] = "用药指导", ["refer"] = "转诊",
        ["fever"] = "发热", ["cough"] = "咳嗽", ["soreThroat"] = "咽痛", ["fatigue"] = "乏力", ["diarrhoea"] = "腹泻",
        ["shortnessOfBreath"] = "气促", ["chestPain"] = "胸痛", ["confusion"] = "意识模糊",
    };

    public static string Of(string code) => Words.GetValueOrDefault(code, code);
}
