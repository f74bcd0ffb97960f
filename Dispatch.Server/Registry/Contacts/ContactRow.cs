namespace Dispatch.Server.Registry.Contacts;

/// <summary>A register_contact row (times UTC).</summary>
public sealed class ContactRow
{
    public long Id { get; set; }
    public Guid PersonId { get; set; }
    public DateTime At { get; set; }
    public string Channel { get; set; } = "";
    public string ByUser { get; set; } = "";
    public string Infection { get; set; } = "";
    public DateTime? InfectionDate { get; set; }
    public string[] Symptoms { get; set; } = [];
    public decimal? Temperature { get; set; }
    public int? Spo2 { get; set; }
    public int? HeartRate { get; set; }
    public string Advice { get; set; } = "";
    public string? Note { get; set; }
}
