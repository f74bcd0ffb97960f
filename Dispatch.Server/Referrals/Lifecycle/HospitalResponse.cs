namespace Dispatch.Server.Referrals.Lifecycle;

/// <summary>A hospital's answer that did not end in acceptance (declined, or let the offer time out).</summary>
public sealed record HospitalResponse(string HospitalId, int OfferNumber, string Outcome, string? Reason, DateTimeOffset At);
