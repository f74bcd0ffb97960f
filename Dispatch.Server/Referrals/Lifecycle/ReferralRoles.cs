using Dispatch.Server.Accounts;

namespace Dispatch.Server.Referrals.Lifecycle;

/// <summary>The product's roles as the referral workflow uses them, plus "system": the server itself (timers, automatic matching).</summary>
public static class ReferralRoles
{
    public const string Dispatcher = Roles.Dispatcher;
    public const string Doctor = Roles.Doctor;
    public const string Hospital = Roles.Hospital;
    public const string Vehicle = Roles.Vehicle;
    public const string Admin = Roles.Admin;
    public const string System = "system";
}
