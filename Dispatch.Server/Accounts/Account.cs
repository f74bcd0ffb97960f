namespace Dispatch.Server.Accounts;

/// <summary>A person or device that can sign in. Doctors, hospitals and vehicle devices are bound to exactly one place or vehicle.</summary>
public sealed record Account
{
    public required string Username { get; init; }
    public required string Role { get; init; }
    public required string DisplayName { get; init; }
    public required string PasswordHash { get; init; }
    public string? FacilityId { get; init; }
    public string? HospitalId { get; init; }
    public string? VehicleId { get; init; }
}
