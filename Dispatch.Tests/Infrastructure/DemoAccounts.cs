namespace Dispatch.Tests.Infrastructure;

/// <summary>Accounts seeded in the bundled Chengdu region (regions/chengdu/accounts.json).</summary>
public static class DemoAccounts
{
    public const string Dispatcher = "dispatcher";
    public const string DispatcherPassword = "Dispatch#120";
    public const string Admin = "admin";
    public const string AdminPassword = "Admin#120";
    public const string DoctorA = "doctor.g-01";
    public const string DoctorB = "doctor.g-02";
    public const string DoctorPassword = "Doctor#120";
    public const string HospitalH1 = "hospital.cd3";
    public const string HospitalH2 = "hospital.cd2";
    public const string HospitalPassword = "Hospital#120";
    public const string DeviceV1 = "device.amb-01";
    public const string DeviceV2 = "device.amb-02";
    public const string VehicleV1 = "amb-01";
    public const string VehicleV2 = "amb-02";
    public const string DevicePassword = "Device#120";
}
