using Dispatch.Server.Facilities;
using Dispatch.Server.Fleet;
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
    /// Register an IHospitalMatcher before this call to replace the interim straight-line ranking.
    /// </summary>
    public static IServiceCollection AddReferrals(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReferralOptions>().Bind(configuration.GetSection("Referrals"));
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton<IReferralFacilities>(sp => new RegistryReferralFacilities(sp.GetRequiredService<FacilityRegistry>()));
        services.TryAddSingleton<IHospitalMatcher>(sp => new StraightLineHospitalMatcher(
            sp.GetRequiredService<IReferralFacilities>(), sp.GetRequiredService<IOptions<ReferralOptions>>().Value.TimeWindow));
        services.TryAddSingleton<IReferralNotifier, HubReferralNotifier>();
        services.TryAddSingleton<IReferralVehicles>(sp =>
            sp.GetService<VehicleRegistry>() is { } fleet ? new RegistryReferralVehicles(fleet) : new AnyReferralVehicle());

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
