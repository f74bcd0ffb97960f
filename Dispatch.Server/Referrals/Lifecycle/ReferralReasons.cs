namespace Dispatch.Server.Referrals.Lifecycle;

/// <summary>
/// Reasons the server itself gives, as stable codes: consoles show them in the reader's language, other systems read the code.
/// Reasons people type (a decline, a cancellation) are kept as they typed them.
/// </summary>
public static class ReferralReasons
{
    public const string NoCandidateLeft = "noCandidateLeft";
    public const string BudgetExceeded = "acceptanceBudgetExceeded";
    public const string OfferTimedOut = "offerExpired";
    public const string AcceptedElsewhere = "acceptedElsewhere";
    /// <summary>The hospital confirmed it takes the patient although its count showed no free bed of the needed capability.</summary>
    public const string AcceptedBeyondFreeBeds = "acceptedBeyondFreeBeds";
}
