using Dispatch.Server.Registry.Contacts;
using Dispatch.Server.Registry.People;
using Dispatch.Server.Registry.Persistence;
using Dispatch.Server.Registry.Privacy;

namespace Dispatch.Server.Registry.Api;

/// <summary>A person in a list: phone and ID masked. <see cref="Invented"/> marks demo people.</summary>
public sealed record PersonListItem(
    Guid Id, string Name, string Sex, int Age, string Tier, bool TierOverridden, string Team, string Village, string Phone, string? IdCard,
    IReadOnlyList<string> Categories, bool Infected, DateTime? DueAt, double? OverdueHours, DateTime? LastContactAt, int? LastSpO2, bool Invented)
{
    public static PersonListItem Of(PersonRow p, DateTimeOffset now) => new(
        p.Id, p.Name, p.Sex, AgeCategories.AgeOn(DateOnly.FromDateTime(p.BirthDate), DateOnly.FromDateTime(now.UtcDateTime)), p.Tier, p.TierOverridden,
        p.Team, p.Village, Mask.Phone(p.Phone), Mask.IdCard(p.IdLast4), p.Categories, p.Infected, p.DueAt,
        p.DueAt is { } due && due < now.UtcDateTime ? Math.Round((now.UtcDateTime - due).TotalHours, 1) : null,
        p.LastContactAt, p.LastSpo2, p.Invented);
}

public sealed record PersonPageList(IReadOnlyList<PersonListItem> Items, long Total, int Page, int PageSize);

/// <summary>The person's own page (read audited): the phone in full for the team to call; the ID card only by its last four.</summary>
public sealed record PersonView(
    Guid Id, string FacilityId, string Name, string Sex, DateTime BirthDate, int Age, string Phone, string? IdCard, string Village, double Lon, double Lat,
    IReadOnlyList<string> Categories, string Tier, string TierReason, bool TierOverridden, string SuggestedTier, string SuggestedReason,
    string Team, string FamilyDoctor, DateTime? HealthPackAt, DateTime? OximeterAt, bool ToldHotline, bool Infected, DateTime? InfectedSince,
    DateTime? LastContactAt, int? LastSpO2, DateTime? DueAt, bool Overdue, bool Invented, DateTime CreatedAt)
{
    public static PersonView Of(PersonRow p, RegistryOptions options, DateTimeOffset now)
    {
        var suggestion = TierSuggestion.From(p.Categories.Select(Codes.Parse<Category>), options.EffectiveTierRules);
        return new(p.Id, p.FacilityId, p.Name, p.Sex, p.BirthDate, AgeCategories.AgeOn(DateOnly.FromDateTime(p.BirthDate), DateOnly.FromDateTime(now.UtcDateTime)),
            p.Phone, Mask.IdCard(p.IdLast4), p.Village, p.Lon, p.Lat, p.Categories, p.Tier, p.TierReason, p.TierOverridden,
            Codes.Of(suggestion.Tier), suggestion.Reason, p.Team, p.FamilyDoctor, p.HealthPackAt, p.OximeterAt, p.ToldHotline, p.Infected, p.InfectedSince,
            p.LastContactAt, p.LastSpo2, p.DueAt, p.DueAt < now.UtcDateTime, p.Invented, p.CreatedAt);
    }
}

public sealed record PersonPage(
    PersonView Person,
    IReadOnlyList<ContactRow> Contacts,
    IReadOnlyList<RegisterQueries.TierChange> TierHistory,
    IReadOnlyList<RegisterQueries.ReferralEvent> Referrals);

/// <summary>What a dispatcher or hospital sees of a person through a referral: no phone, no ID, no home beyond the pick-up point.</summary>
public sealed record ReferredPersonView(
    Guid Id, string Name, string Sex, int Age, string Tier, IReadOnlyList<string> Categories, bool Infected, int? LastSpO2, DateTime? LastContactAt,
    IReadOnlyList<RegisterQueries.ReferralEvent> Referrals);

public sealed record ContactRecordedView(PersonListItem Person, long ContactId, string? Alert, IReadOnlyList<string> AlertReasons);

public sealed record TierOverride(Dispatch.Server.Referrals.Requests.Tier Tier, string Reason);
