namespace Dispatch.Server.Registry.Alerts;

/// <summary>Pushed to the person's facility's doctors only. Kind and reasons are codes the console translates.</summary>
public sealed record RegisterAlert(string PersonId, string Name, string Tier, string Kind, IReadOnlyList<string> Reasons, int? SpO2, DateTimeOffset At);
