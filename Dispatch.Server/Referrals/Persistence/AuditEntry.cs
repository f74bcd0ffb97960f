using Dispatch.Server.Referrals.Lifecycle;

namespace Dispatch.Server.Referrals.Persistence;

/// <summary>A transition as read back from the referral's audit stream, with the stream entry id.</summary>
public sealed record AuditEntry(string StreamId, TransitionRecord Transition);
