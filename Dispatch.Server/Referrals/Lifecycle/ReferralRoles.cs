namespace Dispatch.Server.Referrals.Lifecycle;

/// <summary>Role names as carried in the user's role claim; "system" is the server itself (timers, automatic matching).</summary>
public static class ReferralRoles
{
    public const string Dispatcher = "dispatcher";
    public const string Doctor = "doctor";
    public const string Hospital = "hospital";
    public const string Vehicle = "vehicle";
    public const string Admin = "admin";
    public const string System = "system";
}
