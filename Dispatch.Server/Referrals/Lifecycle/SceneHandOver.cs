namespace Dispatch.Server.Referrals.Lifecycle;

/// <summary>
/// What a 120 call brings into a referral raised from it: the ambulance already sent, and how far its crew has got,
/// so the referral's timeline starts where the call's did instead of waiting for a second dispatch.
/// </summary>
public sealed record SceneHandOver(string CallId, string VehicleId, DateTimeOffset DispatchedAt, DateTimeOffset? EnRouteAt, DateTimeOffset? OnSceneAt);
