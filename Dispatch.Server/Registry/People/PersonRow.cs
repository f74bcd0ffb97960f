namespace Dispatch.Server.Registry.People;

/// <summary>A register_person row as Dapper reads it (snake_case columns matched to these names; times are UTC).</summary>
public sealed class PersonRow
{
    public Guid Id { get; set; }
    public string FacilityId { get; set; } = "";
    public string Team { get; set; } = "";
    public string FamilyDoctor { get; set; } = "";
    public string Name { get; set; } = "";
    public string Sex { get; set; } = "";
    public DateTime BirthDate { get; set; }
    public string Phone { get; set; } = "";
    /// <summary>Keyed hash of the ID-card number; only compared, never shown or exported.</summary>
    public byte[]? IdHash { get; set; }
    public string? IdLast4 { get; set; }
    public string Village { get; set; } = "";
    public double Lon { get; set; }
    public double Lat { get; set; }
    public string[] Categories { get; set; } = [];
    public string Tier { get; set; } = "";
    public string TierReason { get; set; } = "";
    public bool TierOverridden { get; set; }
    public DateTime? HealthPackAt { get; set; }
    public DateTime? OximeterAt { get; set; }
    public bool ToldHotline { get; set; }
    public bool Infected { get; set; }
    public DateTime? InfectedSince { get; set; }
    public DateTime? LastContactAt { get; set; }
    public int? LastSpo2 { get; set; }
    public int? LastSymptomScore { get; set; }
    public DateTime? DueAt { get; set; }
    public bool Invented { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    /// <summary>Goes up with each change of the details or the tier (not with contacts); a change names the version it was made on.</summary>
    public long Version { get; set; }
}
