namespace Dispatch.Server.Referrals.Lifecycle;

/// <summary>
/// Reasons the server itself gives, as stable codes: consoles show them in the reader's language, other systems read the code.
/// Reasons people type (a decline, a cancellation) are kept as they typed them.
/// </summary>
public static class ReferralReasons
{
    public const string NoCandidateLeft = "no-candidate-left";
    public const string BudgetExceeded = "acceptance-budget-exceeded";
    public const string OfferTimedOut = "offer-timed-out";
    public const string AcceptedElsewhere = "accepted-elsewhere";
}
