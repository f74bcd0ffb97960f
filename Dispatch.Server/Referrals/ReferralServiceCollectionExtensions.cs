using Dispatch.Server.Facilities;
using Dispatch.Server.Fleet;
using Dispatch.Server.Routing;
using Dispatch.Server.Referrals.Fleet;
using Dispatch.Server.Referrals.Matching;
using Dispatch.Server.Referrals.Persistence;
using Dispatch.Server.Referrals.Push;
using Dispatch.Server.Referrals.Timers;
using Dispatch.Server.Referrals.Workflow;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Dispatch.Server.Referrals;

public static class ReferralServiceCollectionExtensions
{
    /// <summary>
    /// The green-channel workflow: store, timers, rehydration on start, hub pushes. Needs what the server composes
    /// before it: an IConnectionMultiplexer, the FacilityRegistry, the VehicleRegistry, the fleet store, the command
    /// runner (AddCommands), the calls (AddCalls) and a RoadNetwork (AddRoadRouting): a missing one fails at start, never silently swapped for a
    /// simpler stand-in. Hospitals are ranked by road travel time; register an IHospitalMatcher before this call to
    /// choose another.
    /// </summary>
    public static IServiceCollection AddReferrals(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReferralOptions>().Bind(configuration.GetSection("Referrals"));
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton<IReferralFacilities>(sp =>
            new RegistryReferralFacilities(sp.GetRequiredService<FacilityRegistry>(), sp.GetRequiredService<HospitalBoard>()));
        services.TryAddSingleton<IHospitalMatcher>(sp => new RoadTimeHospitalMatcher(
            sp.GetRequiredService<RoadNetwork>().For(RoadNetwork.Ambulance),
            sp.GetRequiredService<IReferralFacilities>(),
            sp.GetRequiredService<IOptions<ReferralOptions>>().Value.TimeWindow));
        services.TryAddSingleton<IReferralNotifier, HubReferralNotifier>();

        Numbering.CaseNumbersRegistration.AddCaseNumbers(services);
        services.AddSingleton<ReferralStore>();
        services.AddSingleton<ReferralMission>();
        services.AddSingleton<OfferTimerQueue>();
        services.AddSingleton<Matching.BedCountGuard>();
        services.AddSingleton<ReferralWorkflow>();
        services.AddSingleton<ReferralRehydrator>();
        services.AddSingleton<OfferTimerPoller>();
        // Rehydrate before the poller starts, so restored countdowns are seen on its first pass.
        services.AddHostedService(sp => sp.GetRequiredService<ReferralRehydrator>());
        services.AddHostedService(sp => sp.GetRequiredService<OfferTimerPoller>());
        return services;
    }
}
