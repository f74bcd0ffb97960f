namespace Dispatch.Server.Registry.Contacts;

/// <summary>Field checks on a contact, keyed by JSON path; each message is a code the console translates.</summary>
public static class ContactValidator
{
    public static Dictionary<string, string[]> Validate(NewContact? c, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        if (c is null) return new() { ["body"] = ["required"] };
        if (!Enum.IsDefined(c.Channel)) errors["channel"] = ["unknown-value"];
        if (!Enum.IsDefined(c.Infection)) errors["infection"] = ["unknown-value"];
        if (!Enum.IsDefined(c.Advice)) errors["advice"] = ["unknown-value"];
        if (c.Symptoms?.Any(s => !Enum.IsDefined(s)) == true) errors["symptoms"] = ["unknown-value"];
        if (c.At is { } at && (at > now.AddMinutes(5) || at < now.AddDays(-366))) errors["at"] = ["out-of-range"];
        if (c.Infection.IsPositive() && c.InfectionDate is null) errors["infectionDate"] = ["required"];
        if (c.InfectionDate is { } d && d > DateOnly.FromDateTime(now.UtcDateTime.AddDays(1))) errors["infectionDate"] = ["out-of-range"];
        if (c.Temperature is < 30 or > 45) errors["temperature"] = ["out-of-range"];
        if (c.SpO2 is < 50 or > 100) errors["spO2"] = ["out-of-range"];
        if (c.HeartRate is < 20 or > 250) errors["heartRate"] = ["out-of-range"];
        if (c.Note is { Length: > 500 }) errors["note"] = ["too-long"];
        return errors;
    }
}
