namespace Dispatch.Server.Referrals.Requests;

/// <summary>
/// What a grassroots doctor sends to open a green-channel transfer. <see cref="PersonId"/> links the referral to a person
/// of the facility's key-population register: the patient is picked up at home and the tier sets the least urgent priority.
/// </summary>
public sealed record GreenChannelRequest(
    PatientSummary Patient,
    IReadOnlyList<Capability> RequiredCapabilities,
    Priority Priority,
    string RequestingFacilityId,
    IReadOnlyList<AccompanyingStaff> AccompanyingStaff,
    string? PersonId = null);
