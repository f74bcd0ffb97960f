namespace Dispatch.Server.Registry.Contacts;

/// <summary>One contact as the team records it. <see cref="At"/> may lie in the past (a visit written up later); null is now.</summary>
public sealed record NewContact(
    DateTimeOffset? At,
    ContactChannel Channel,
    InfectionStatus Infection,
    DateOnly? InfectionDate,
    IReadOnlyList<Symptom>? Symptoms,
    decimal? Temperature,
    int? SpO2,
    int? HeartRate,
    Advice Advice,
    string? Note);
