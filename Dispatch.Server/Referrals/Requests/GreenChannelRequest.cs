namespace Dispatch.Server.Referrals.Requests;

/// <summary>What a grassroots doctor sends to open a green-channel transfer.</summary>
public sealed record GreenChannelRequest(
    PatientSummary Patient,
    IReadOnlyList<Capability> RequiredCapabilities,
    Priority Priority,
    string RequestingFacilityId,
    IReadOnlyList<AccompanyingStaff> AccompanyingStaff);
