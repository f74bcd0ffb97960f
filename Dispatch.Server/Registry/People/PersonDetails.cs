using Dispatch.Server.Referrals.Requests;

namespace Dispatch.Server.Registry.People;

/// <summary>
/// What a doctor enters for a person (form or ledger row). <see cref="IdCardNumber"/> is read once to hash it and is
/// never stored. <see cref="Tier"/> set means the doctor overrides the suggestion and must give <see cref="TierReason"/>.
/// </summary>
public sealed record PersonDetails(
    string Name,
    Sex Sex,
    DateOnly BirthDate,
    string Phone,
    string? IdCardNumber,
    string Village,
    double Lon,
    double Lat,
    IReadOnlyList<Category> Categories,
    string Team,
    string? FamilyDoctor,
    DateOnly? HealthPackAt,
    DateOnly? OximeterAt,
    bool ToldHotline,
    Tier? Tier,
    string? TierReason);
