using Dispatch.Server.Fleet;

namespace Dispatch.Server.Referrals.Matching;

/// <summary>Which vehicle ids a dispatcher may assign.</summary>
public interface IReferralVehicles
{
    bool Exists(string vehicleId);
}

/// <summary>The region's fleet registry.</summary>
public sealed class RegistryReferralVehicles(VehicleRegistry registry) : IReferralVehicles
{
    public bool Exists(string vehicleId) => registry.Find(vehicleId) is not null;
}

/// <summary>For hosts without a fleet registry (tests, tools): any id is accepted.</summary>
public sealed class AnyReferralVehicle : IReferralVehicles
{
    public bool Exists(string vehicleId) => true;
}
