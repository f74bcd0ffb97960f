using Dispatch.Server.Referrals.Requests;

namespace Dispatch.Server.Registry.Alerts;

/// <summary>Pushed to the person's facility's doctors only. Reasons are codes the console translates.</summary>
public sealed record RegisterAlert(string PersonId, string Name, Tier Tier, AlertKind Kind, IReadOnlyList<string> Reasons, int? SpO2, DateTimeOffset At);
