using System.ComponentModel;
using Dispatch.Server.Referrals.Requests;
using Dispatch.Server.Registry.Alerts;
using Dispatch.Server.Registry.Contacts;
using Dispatch.Server.Registry.People;
using Dispatch.Server.Registry.Persistence;
using Dispatch.Server.Registry.Privacy;

namespace Dispatch.Server.Registry.Api;

/// <summary>A person in a list: phone and ID masked. <see cref="Invented"/> marks demo people.</summary>
public sealed record PersonListItem(
    Guid Id, string Name, Sex Sex, int Age, Tier Tier, bool TierOverridden, string Team, string Village, string Phone, string? IdCard,
    IReadOnlyList<Category> Categories, bool Infected, DateTime? DueAt, double? OverdueHours, DateTime? LastContactAt, int? LastSpO2, bool Invented)
{
    public static PersonListItem Of(PersonRow p, DateTimeOffset now) => new(
        p.Id, p.Name, Codes.Parse<Sex>(p.Sex), AgeCategories.AgeOn(DateOnly.FromDateTime(p.BirthDate), DateOnly.FromDateTime(now.UtcDateTime)),
        Codes.Parse<Tier>(p.Tier), p.TierOverridden, p.Team, p.Village, Mask.Phone(p.Phone), Mask.IdCard(p.IdLast4), p.Categories.Select(Codes.Parse<Category>).ToList(),
        p.Infected, p.DueAt, p.DueAt is { } due && due < now.UtcDateTime ? Math.Round((now.UtcDateTime - due).TotalHours, 1) : null,
        p.LastContactAt, p.LastSpo2, p.Invented);
}

public sealed record PersonPageList(IReadOnlyList<PersonListItem> Items, long Total, int Page, int PageSize);

/// <summary>
/// The person's own page (read audited): the phone in full for the team to call; the ID card only by its last four.
/// <see cref="Version"/> is what a change must name (If-Match), so that two doctors editing at once cannot overwrite each other.
/// </summary>
public sealed record PersonView(
    Guid Id, string FacilityId, string Name, Sex Sex, DateTime BirthDate, int Age, string Phone, string? IdCard, string Village, double Lon, double Lat,
    IReadOnlyList<Category> Categories, Tier Tier, string TierReason, bool TierOverridden, Tier SuggestedTier, string SuggestedReason,
    string Team, string FamilyDoctor, DateTime? HealthPackAt, DateTime? OximeterAt, bool ToldHotline, bool Infected, DateTime? InfectedSince,
    DateTime? LastContactAt, int? LastSpO2, DateTime? DueAt, bool Overdue, bool Invented, DateTime CreatedAt,
    [property: Description("Goes up with every change of the person's details or tier; send it back as If-Match: \"<version>\" to change them")] long Version)
{
    public static PersonView Of(PersonRow p, RegistryOptions options, DateTimeOffset now)
    {
        var categories = p.Categories.Select(Codes.Parse<Category>).ToList();
        var suggestion = TierSuggestion.From(categories, options.EffectiveTierRules);
        return new(p.Id, p.FacilityId, p.Name, Codes.Parse<Sex>(p.Sex), p.BirthDate, AgeCategories.AgeOn(DateOnly.FromDateTime(p.BirthDate), DateOnly.FromDateTime(now.UtcDateTime)),
            p.Phone, Mask.IdCard(p.IdLast4), p.Village, p.Lon, p.Lat, categories, Codes.Parse<Tier>(p.Tier), p.TierReason, p.TierOverridden,
            suggestion.Tier, suggestion.Reason, p.Team, p.FamilyDoctor, p.HealthPackAt, p.OximeterAt, p.ToldHotline, p.Infected, p.InfectedSince,
            p.LastContactAt, p.LastSpo2, p.DueAt, p.DueAt < now.UtcDateTime, p.Invented, p.CreatedAt, p.Version);
    }
}

public sealed record PersonPage(
    PersonView Person,
    IReadOnlyList<ContactView> Contacts,
    IReadOnlyList<RegisterQueries.TierChange> TierHistory,
    IReadOnlyList<RegisterQueries.ReferralEvent> Referrals);

/// <summary>What a dispatcher or hospital sees of a person through a referral: no phone, no ID, no home beyond the pick-up point.</summary>
public sealed record ReferredPersonView(
    Guid Id, string Name, Sex Sex, int Age, Tier Tier, IReadOnlyList<Category> Categories, bool Infected, int? LastSpO2, DateTime? LastContactAt,
    IReadOnlyList<RegisterQueries.ReferralEvent> Referrals);

public sealed record ContactRecordedView(PersonListItem Person, long ContactId, AlertKind? Alert, IReadOnlyList<string> AlertReasons);

public sealed record TierOverride(Tier Tier, string Reason);
