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

    public static IEndpointRouteBuilder MapOversight(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/oversight/alerts", async (OverdueWatcher watcher) => TypedResults.Ok(await watcher.CurrentAsync()))
            .WithTags("120 calls")
            .WithSummary("Missions overdue now: vehicles not en route within the departure limit, crews on scene past the limit")
            .RequireAuthorization(p => p.RequireRole(Accounts.Roles.Dispatcher));
        return app;
    }
}
