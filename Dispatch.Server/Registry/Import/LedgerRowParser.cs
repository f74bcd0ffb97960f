using Dispatch.Server.Registry.People;
using static Dispatch.Server.Registry.Import.LedgerColumns;

namespace Dispatch.Server.Registry.Import;

/// <summary>Turns one spreadsheet row (heading → cell) into a person's details, or the problems that stop it.</summary>
public static class LedgerRowParser
{
    public static LedgerRow? Parse(int row, IReadOnlyDictionary<string, object?> cells, DateOnly today, List<RowProblem> problems)
    {
        var before = problems.Count;
        string Text(string field) => cells.TryGetValue(field, out var v) ? LedgerValues.Text(v) : "";
        void Problem(string field, string reason) => problems.Add(new RowProblem(row, field, reason));

        foreach (var field in Required)
            if (Text(field).Length == 0) Problem(field, "required");

        var sex = LedgerValues.Sex(Text(Sex));
        if (sex is null && Text(Sex).Length > 0) Problem(Sex, "invalid-sex");
        var birth = cells.TryGetValue(BirthDate, out var b) ? LedgerValues.Date(b) : null;
        if (birth is null && Text(BirthDate).Length > 0) Problem(BirthDate, "invalid-date");
        var lon = LedgerValues.Number(cells.GetValueOrDefault(Lon));
        if (lon is null && Text(Lon).Length > 0) Problem(Lon, "invalid-number");
        var lat = LedgerValues.Number(cells.GetValueOrDefault(Lat));
        if (lat is null && Text(Lat).Length > 0) Problem(Lat, "invalid-number");
        var categories = LedgerValues.Categories(Text(Categories));
        if (categories is null) Problem(Categories, "unknown-category");
        // An exported ledger shows the ID masked (the number itself is not kept): a masked cell is no number at all.
        var idCard = Text(IdCard) is var id && id.Contains('*') ? "" : Text(IdCard);
        var healthPack = OptionalDate(HealthPackAt);
        var oximeter = OptionalDate(OximeterAt);
        var told = LedgerValues.YesNo(Text(ToldHotline));
        if (told is null) Problem(ToldHotline, "invalid-yes-no");
        var tier = LedgerValues.Tier(Text(Tier));
        if (tier is null && Text(Tier).Length > 0) Problem(Tier, "unknown-tier");
        // The same checks a form entry gets (phone pattern, ID checksum, ranges) on every cell not already reported,
        // so one pass over the file lists every problem of the row.
        var reported = problems.Skip(before).Select(p => p.Field).ToHashSet();
        var details = new PersonDetails(Text(Name), sex ?? Dispatch.Server.Referrals.Requests.Sex.Unknown, birth ?? today, Text(Phone),
            idCard.Length > 0 ? IdCardNormalised(idCard) : null, Text(Village), lon ?? 104, lat ?? 30, categories ?? [], Text(Team),
            NullIfEmpty(Text(FamilyDoctor)), healthPack, oximeter, told ?? false, tier, NullIfEmpty(Text(TierReason)));
        foreach (var (field, reason) in PersonDetailsValidator.Validate(details, today))
            if (!reported.Contains(field)) Problem(field, reason);
        return problems.Count > before ? null : new LedgerRow(row, details);

        DateOnly? OptionalDate(string field)
        {
            if (Text(field).Length == 0) return null;
            var date = LedgerValues.Date(cells[field]);
            if (date is null) Problem(field, "invalid-date");
            return date;
        }
    }

    private static string IdCardNormalised(string text) => Privacy.IdCard.Normalise(text);

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
