namespace Dispatch.Server.Accounts;

/// <summary>The roles of the product; each trigger and endpoint names which of them may act.</summary>
public static class Roles
{
    public const string Dispatcher = "dispatcher";
    public const string Doctor = "doctor";
    public const string Hospital = "hospital";
    public const string Vehicle = "vehicle";
    public const string Admin = "admin";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Dispatcher, Doctor, Hospital, Vehicle, Admin };
}

/// <summary>Claim types that bind an account to the one facility, hospital or vehicle it acts for.</summary>
public static class DispatchClaims
{
    // Short JWT claim names, kept as they are on the way in (no inbound mapping to long URIs).
    public const string Name = "name";
    public const string Role = "role";
    public const string Facility = "facility";
    public const string Hospital = "hospital";
    public const string Vehicle = "vehicle";
    public const string DisplayName = "display_name";
}
