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
    /// It links referrals to registered people and follows their outcome.
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
        // A registered person's referral history travels through a durable outbox written with each referral change.
        services.AddSingleton<IReferralFollower, RegisterOutbox>();
        services.AddSingleton<RegisterOutboxRelay>();
        services.AddHostedService(sp => sp.GetRequiredService<RegisterOutboxRelay>());
        return services;
    }

    public static IEndpointRouteBuilder MapRegistry(this IEndpointRouteBuilder app) => app.MapRegister();
}
