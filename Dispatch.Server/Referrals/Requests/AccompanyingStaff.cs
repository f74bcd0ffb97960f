namespace Dispatch.Server.Referrals.Requests;

/// <summary>The grassroots doctor or nurse who travels with the patient.</summary>
public sealed record AccompanyingStaff(string Name, string Role, string? Phone);
