using Dispatch.Server.Registry.Cadence;
using Dispatch.Server.Registry.Persistence;
using Dispatch.Server.Registry.Privacy;

namespace Dispatch.Server.Registry.People;

/// <summary>Turns what a doctor entered into a row: age categories from the birth date, the tier, the ID hash, the first due time.</summary>
public sealed class PersonFactory(RegistryOptions options)
{
    private readonly CadenceRules _cadence = new(options.EffectiveCadence);

    public CadenceRules Cadence => _cadence;

    public PersonRow NewRow(Guid id, string facilityId, PersonDetails d, IdCard? idCard, DateTimeOffset now, bool invented = false)
    {
        var row = new PersonRow { Id = id, FacilityId = facilityId, CreatedAt = now.UtcDateTime, Invented = invented };
        Apply(row, d, idCard, now);
        return row;
    }

    /// <summary>Copies the details onto the row; the tier follows the rules unless the doctor set one (with a reason).</summary>
    public void Apply(PersonRow row, PersonDetails d, IdCard? idCard, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var categories = AgeCategories.Apply(d.Categories, d.BirthDate, today);
        row.Name = d.Name.Trim();
        row.Sex = Codes.Of(d.Sex);
        row.BirthDate = d.BirthDate.ToDateTime(TimeOnly.MinValue);
        row.Phone = d.Phone.Trim();
        row.Village = d.Village.Trim();
        row.Lon = d.Lon;
        row.Lat = d.Lat;
        row.Categories = Codes.Of(categories);
        row.Team = d.Team.Trim();
        row.FamilyDoctor = d.FamilyDoctor?.Trim() ?? "";
        row.HealthPackAt = d.HealthPackAt?.ToDateTime(TimeOnly.MinValue);
        row.OximeterAt = d.OximeterAt?.ToDateTime(TimeOnly.MinValue);
        row.ToldHotline = d.ToldHotline;
        row.UpdatedAt = now.UtcDateTime;
        // Without a number the stored hash stays: an edit need not retype the ID card.
        if (!string.IsNullOrWhiteSpace(d.IdCardNumber) && idCard is not null)
        {
            row.IdHash = idCard.Hash(d.IdCardNumber);
            row.IdLast4 = IdCard.LastFour(d.IdCardNumber);
        }

        if (d.Tier is { } chosen)
        {
            row.Tier = Codes.Of(chosen);
            row.TierReason = d.TierReason!.Trim();
            row.TierOverridden = true;
        }
        else if (!row.TierOverridden || row.Tier.Length == 0)
        {
            var suggestion = TierSuggestion.From(categories, options.EffectiveTierRules);
            row.Tier = Codes.Of(suggestion.Tier);
            row.TierReason = suggestion.Reason;
            row.TierOverridden = false;
        }
    }

}
