using Dispatch.Server.Accounts;
using Dispatch.Server.Facilities;
using Dispatch.Server.Fleet;
using Dispatch.Server.Health;
using Dispatch.Server.Infrastructure;
using Dispatch.Server.Realtime;
using Dispatch.Server.Regions;
using Microsoft.Extensions.FileProviders;
using Serilog;
using StackExchange.Redis;

namespace Dispatch.Server.Hosting;

/// <summary>Composes the server: each capability registers its services and maps its endpoints here.</summary>
public static class ServerHost
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var config = builder.Configuration;

        builder.Host.UseSerilog((ctx, logs) =>
        {
            logs.ReadFrom.Configuration(ctx.Configuration).Enrich.FromLogContext();
            if (ctx.Configuration.GetValue("Logging:Json", false))
                logs.WriteTo.Console(new Serilog.Formatting.Compact.RenderedCompactJsonFormatter());
            else
                logs.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj} {Properties:j}{NewLine}{Exception}");
        });

        var regionPath = config["Region:Path"] is { Length: > 0 } p ? p : Region.FindBundled()
            ?? throw new InvalidOperationException("No region configured: set Region:Path to a region.json.");
        var region = Region.Load(regionPath);
        var facilities = FacilityRegistry.Load(region);
        var vehicles = VehicleRegistry.Load(region);
        var accounts = AccountStore.Load(region, facilities, vehicles);

        using var startupLog = LoggerFactory.Create(l => l.AddSimpleConsole());
        var redis = RedisSetup.Connect(config, startupLog.CreateLogger("Dispatch.Startup"));

        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(region);
        services.AddSingleton(facilities);
        services.AddSingleton(vehicles);
        services.AddSingleton(accounts);
        services.AddSingleton(redis);
        services.AddSingleton(SigningKey.Resolve(config, redis));

        services.AddProblemDetails();
        services.AddExceptionHandler<ErrorResponses>();
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis");
        services.AddDispatchAuth(config);

        services.AddSignalR(o =>
            {
                o.MaximumReceiveMessageSize = 16 * 1024;
                o.EnableDetailedErrors = false;
            })
            // Devices and .NET clients may speak MessagePack (smaller, cheaper to parse); the browser console keeps JSON.
            .AddMessagePackProtocol()
            // The Redis backplane lets a dispatcher on one instance see what reaches another.
            .AddStackExchangeRedis(o =>
            {
                o.Configuration.ChannelPrefix = RedisChannel.Literal("dispatch:signalr");
                o.ConnectionFactory = _ => Task.FromResult(redis);
            });

        services.AddSingleton<FleetStore>();
        services.AddSingleton<Staleness>();
        services.AddSingleton<PositionReportValidator>();
        services.AddSingleton<PositionBroadcaster>();
        services.AddHostedService(sp => sp.GetRequiredService<PositionBroadcaster>());

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();

        var wwwroot = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (Directory.Exists(wwwroot))
        {
            var files = new PhysicalFileProvider(wwwroot);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }

        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();

        app.MapOpenApi().AllowAnonymous();
        app.MapDispatchHealth();
        app.MapAuth();
        app.MapRegion();
        app.MapFacilities();
        app.MapFleet();
        app.MapHub<DispatchHub>("/hubs/dispatch");
        return app;
    }
}
