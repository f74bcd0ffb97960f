using Dispatch.Server.Referrals.Push;
using Dispatch.Server.Referrals.Workflow;
using Dispatch.Server.Registry.Alerts;
using Dispatch.Server.Registry.Api;
using Dispatch.Server.Registry.Export;
using Dispatch.Server.Registry.Import;
using Dispatch.Server.Registry.People;
using Dispatch.Server.Registry.Persistence;
using Dispatch.Server.Registry.Privacy;
using Dispatch.Server.Registry.Referrals;
using Dispatch.Server.Registry.Seed;
using Microsoft.Extensions.Options;

namespace Dispatch.Server.Registry;

public static class RegistryServiceCollectionExtensions
{
    /// <summary>
    /// The key-population register in the record store (needs the NpgsqlDataSource the record store registers).
    /// Call after AddReferrals: it links referrals to registered people and follows their outcome.
    /// </summary>
    public static IServiceCollection AddRegistry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RegistryOptions>().Bind(configuration.GetSection("Registry"));
        services.AddSingleton<RegisterDb>();
        services.AddSingleton(sp => new PersonFactory(sp.GetRequiredService<IOptions<RegistryOptions>>().Value));
        services.AddSingleton<IdCards>();
        services.AddSingleton<RegisterAudit>();
        services.AddSingleton<PersonStore>();
        services.AddSingleton<ContactStore>();
        services.AddSingleton<RegisterQueries>();
        services.AddSingleton<LedgerImporter>();
        services.AddSingleton<LedgerExport>();
        services.AddSingleton<RegisterAlerts>();
        services.AddSingleton<IReferralPersonLink, RegisterPersonLink>();
        services.AddHostedService<DemoRegisterSeeder>();
        FollowReferrals(services);
        return services;
    }

    public static IEndpointRouteBuilder MapRegistry(this IEndpointRouteBuilder app) => app.MapRegister();

    // Wraps whichever referral notifier the host composed, so a registered person's history hears every transition.
    private static void FollowReferrals(IServiceCollection services)
    {
        var inner = services.LastOrDefault(d => d.ServiceType == typeof(IReferralNotifier))
            ?? throw new InvalidOperationException("AddRegistry must follow AddReferrals.");
        services.Remove(inner);
        services.AddSingleton<IReferralNotifier>(sp => new RegisterFollowsReferral(
            Resolve(sp, inner), sp.GetRequiredService<RegisterDb>(), sp.GetRequiredService<ILogger<RegisterFollowsReferral>>()));
    }

    private static IReferralNotifier Resolve(IServiceProvider sp, ServiceDescriptor d) => (IReferralNotifier)(
        d.ImplementationInstance ?? d.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, d.ImplementationType!));
}
