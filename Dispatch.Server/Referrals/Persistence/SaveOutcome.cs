namespace Dispatch.Server.Referrals.Persistence;

public enum SaveStatus
{
    Saved,
    /// <summary>Someone stored a newer version first; reload and decide again.</summary>
    VersionConflict,
}

public sealed record SaveOutcome(SaveStatus Status);
