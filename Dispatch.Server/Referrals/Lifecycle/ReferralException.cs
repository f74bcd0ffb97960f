using Dispatch.Server.Commands;

namespace Dispatch.Server.Referrals.Lifecycle;

/// <summary>A refused referral command. Nothing was changed when this is thrown.</summary>
/// <param name="code">stable machine-readable reason, e.g. "illegal-transition", "not-offered-hospital".</param>
public sealed class ReferralException(RefusalKind kind, string code, string message) : Refusal(kind, code, message);
