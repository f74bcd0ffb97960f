using System.Text.RegularExpressions;
using Dispatch.Server.Registry.Privacy;

namespace Dispatch.Server.Registry.People;

/// <summary>Field checks on a person; keys are the JSON field names, messages are codes the console translates.</summary>
public static partial class PersonDetailsValidator
{
    [GeneratedRegex(@"^\+?[0-9][0-9\- ]{5,19}$")]
    private static partial Regex PhonePattern();

    public static Dictionary<string, string> Validate(PersonDetails? p, DateOnly today)
    {
        var errors = new Dictionary<string, string>();
        if (p is null) return new() { ["body"] = "required" };
        if (string.IsNullOrWhiteSpace(p.Name)) errors["name"] = "required";
        else if (p.Name.Trim().Length > 40) errors["name"] = "too-long";
        if (!Enum.IsDefined(p.Sex)) errors["sex"] = "unknown-value";
        if (p.BirthDate > today || p.BirthDate < today.AddYears(-125)) errors["birthDate"] = "out-of-range";
        if (string.IsNullOrWhiteSpace(p.Phone)) errors["phone"] = "required";
        else if (!PhonePattern().IsMatch(p.Phone.Trim())) errors["phone"] = "invalid-phone";
        if (!string.IsNullOrWhiteSpace(p.IdCardNumber) && !IdCard.IsValid(IdCard.Normalise(p.IdCardNumber))) errors["idCardNumber"] = "invalid-id-card";
        if (string.IsNullOrWhiteSpace(p.Village)) errors["village"] = "required";
        else if (p.Village.Length > 60) errors["village"] = "too-long";
        if (double.IsNaN(p.Lon) || p.Lon is < 73 or > 136) errors["lon"] = "out-of-range";
        if (double.IsNaN(p.Lat) || p.Lat is < 3 or > 54) errors["lat"] = "out-of-range";
        if (p.Categories is null) errors["categories"] = "required";
        else if (p.Categories.Any(c => !Enum.IsDefined(c))) errors["categories"] = "unknown-value";
        if (string.IsNullOrWhiteSpace(p.Team)) errors["team"] = "required";
        else if (p.Team.Length > 40) errors["team"] = "too-long";
        if (p.FamilyDoctor is { Length: > 40 }) errors["familyDoctor"] = "too-long";
        if (p.HealthPackAt > today) errors["healthPackAt"] = "out-of-range";
        if (p.OximeterAt > today) errors["oximeterAt"] = "out-of-range";
        if (p.Tier is { } tier)
        {
            if (!Enum.IsDefined(tier)) errors["tier"] = "unknown-value";
            else if (string.IsNullOrWhiteSpace(p.TierReason)) errors["tierReason"] = "required";
        }
        if (p.TierReason is { Length: > 200 }) errors["tierReason"] = "too-long";
        return errors;
    }
}
