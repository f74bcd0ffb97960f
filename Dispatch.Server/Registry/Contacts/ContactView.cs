using Dispatch.Server.Registry.Persistence;

namespace Dispatch.Server.Registry.Contacts;

/// <summary>A recorded contact as the API shows it: the stored codes as the contract's enumerations.</summary>
public sealed record ContactView(
    long Id, DateTime At, ContactChannel Channel, string ByUser, InfectionStatus Infection, DateTime? InfectionDate, IReadOnlyList<Symptom> Symptoms,
    decimal? Temperature, int? SpO2, int? HeartRate, Advice Advice, string? Note)
{
    public static ContactView Of(ContactRow c) => new(
        c.Id, c.At, Codes.Parse<ContactChannel>(c.Channel), c.ByUser, Codes.Parse<InfectionStatus>(c.Infection), c.InfectionDate,
        c.Symptoms.Select(Codes.Parse<Symptom>).ToList(), c.Temperature, c.Spo2, c.HeartRate, Codes.Parse<Advice>(c.Advice), c.Note);
}
