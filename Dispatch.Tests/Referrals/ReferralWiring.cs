using Dispatch.Server.Calls;
using Dispatch.Server.Commands;
using Dispatch.Server.Facilities;
using Dispatch.Server.Fleet;
using Dispatch.Server.Referrals;
using Dispatch.Server.Referrals.Matching;
using Dispatch.Server.Referrals.Requests;
using Dispatch.Server.Regions;
using Dispatch.Tests.Referrals.Doubles;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Dispatch.Tests.Referrals;

/// <summary>
/// The referral workflow with the server's own fleet, calls and command runner over a real Redis, so every referral
/// test also moves vehicles and linked calls the way the server does. Only the region is small and made up: three
/// hospitals, two facilities and two ambulances, ranked by the straight-line test double instead of a road network.
/// </summary>
internal static class ReferralWiring
{
    public static readonly InMemoryReferralFacilities Facilities = new(
    [
        new ReceivingHospital("hosp-a", "County People's Hospital", 104.07, 30.66, new HashSet<Capability> { Capability.Pci, Capability.Icu }, 5, false)
        {
            BedsByCapability = new Dictionary<Capability, int> { [Capability.Pci] = 2, [Capability.Icu] = 3 },
        },
        new ReceivingHospital("hosp-b", "City No.1 Hospital", 104.10, 30.70, new HashSet<Capability> { Capability.Pci, Capability.Icu }, 5, false)
        {
            BedsByCapability = new Dictionary<Capability, int> { [Capability.Pci] = 2, [Capability.Icu] = 3 },
        },
        new ReceivingHospital("hosp-c", "Women and Children's Hospital", 104.05, 30.64, new HashSet<Capability> { Capability.Obstetrics }, 5, false),
    ], new Dictionary<string, (double, double)>
    {
        [ReferralSamples.Facility] = (104.06, 30.65),
        ["thc-other"] = (104.02, 30.60),
    });

    public static readonly VehicleRegistry Vehicles = new(new[] { "amb-12", "amb-7" }.Select(id => new Vehicle
    {
        Id = id, CallSign = id.ToUpperInvariant(), Kind = VehicleKinds.Ambulance, Type = "ALS", StationName = "Anping",
        Station = new GeoPoint(104.06, 30.65), Equipment = ["oxygen", "monitor"],
    }));

    /// <summary>Registers the referral workflow and what it writes through; call before building the provider.</summary>
    public static IServiceCollection AddReferralsOverRealFleet(this IServiceCollection services, IConnectionMultiplexer redis, IConfiguration configuration)
    {
        services.AddLogging();
        services.AddSignalR();
        services.AddSingleton(redis);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Vehicles);
        // A host that runs the hospital board ranks on what the hospitals report and the beds referrals hold, as the server does.
        services.AddSingleton<IReferralFacilities>(sp =>
            sp.GetService<HospitalBoard>() is { } board ? new RegistryReferralFacilities(sp.GetRequiredService<FacilityRegistry>(), board) : Facilities);
        services.AddSingleton<IHospitalMatcher>(sp => new StraightLineHospitalMatcher(sp.GetRequiredService<IReferralFacilities>(), new TransferTimeWindow()));
        services.AddCommands();
        services.AddSingleton<FleetStore>();
        services.AddSingleton<VehicleStatusPublisher>();
        services.AddSingleton<CallStore>();
        services.AddSingleton<CallAnnouncer>();
        services.AddReferrals(configuration);
        return services;
    }
}
