using Dispatch.Server.Facilities;
using Dispatch.Server.Fleet;
using Dispatch.Server.Routing;
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
    /// The green-channel workflow: store, timers, rehydration on start, hub pushes. Needs an
    /// IConnectionMultiplexer and (unless IReferralFacilities is registered first) the FacilityRegistry.
    /// Hospitals are ranked by road time when a RoadNetwork is registered (AddRoadRouting), else by the interim
    /// straight-line estimate; register an IHospitalMatcher before this call to choose another.
    /// </summary>
    public static IServiceCollection AddReferrals(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReferralOptions>().Bind(configuration.GetSection("Referrals"));
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton<IReferralFacilities>(sp =>
            new RegistryReferralFacilities(sp.GetRequiredService<FacilityRegistry>(), sp.GetService<HospitalBoard>()));
        // Road travel time when the server has a road network; the straight-line estimate only where it has none (tests, tools).
        services.TryAddSingleton<IHospitalMatcher>(sp =>
        {
            var facilities = sp.GetRequiredService<IReferralFacilities>();
            var window = sp.GetRequiredService<IOptions<ReferralOptions>>().Value.TimeWindow;
            return sp.GetService<RoadNetwork>() is { } roads
                ? new RoadTimeHospitalMatcher(roads.For(RoadNetwork.Ambulance), facilities, window)
                : new StraightLineHospitalMatcher(facilities, window);
        });
        services.TryAddSingleton<IReferralNotifier, HubReferralNotifier>();
        services.TryAddSingleton<IReferralVehicles>(sp =>
            sp.GetService<VehicleRegistry>() is { } fleet ? new RegistryReferralVehicles(fleet) : new AnyReferralVehicle());

        Numbering.CaseNumbersRegistration.AddCaseNumbers(services);
        services.AddSingleton<ReferralStore>();
        services.AddSingleton<OfferTimerQueue>();
        services.AddSingleton<ReferralWorkflow>();
        services.AddSingleton<ReferralRehydrator>();
        services.AddSingleton<OfferTimerPoller>();
        // Rehydrate before the poller starts, so restored countdowns are seen on its first pass.
        services.AddHostedService(sp => sp.GetRequiredService<ReferralRehydrator>());
        services.AddHostedService(sp => sp.GetRequiredService<OfferTimerPoller>());
        return services;
    }
}
