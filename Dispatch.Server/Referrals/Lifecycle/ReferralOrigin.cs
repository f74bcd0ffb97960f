namespace Dispatch.Server.Referrals.Lifecycle;

/// <summary>Where the patient waits, when that is not a facility: matching ranks hospitals from here.</summary>
public sealed record ReferralOrigin(double Lon, double Lat, string? Address);
