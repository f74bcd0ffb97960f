namespace Dispatch.Server.Oversight;

public static class OversightRegistration
{
    /// <summary>The timers that protect the patient: overdue departures and long on-scene times raise alerts.</summary>
    public static IServiceCollection AddOversight(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<OversightOptions>().Bind(config.GetSection("Oversight"));
        services.AddSingleton<OverdueWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OverdueWatcher>());
        return services;
    }
}
