using Dispatch.Server.Accounts;
using Dispatch.Server.Administration;
using Dispatch.Server.Basemap;
using Dispatch.Server.Calls;
using Dispatch.Server.Commands;
using Dispatch.Server.Contract;
using Dispatch.Server.Coverage;
using Dispatch.Server.Facilities;
using Dispatch.Server.Fleet;
using Dispatch.Server.Health;
using Dispatch.Server.Infrastructure;
using Dispatch.Server.Oversight;
using Dispatch.Server.Realtime;
using Dispatch.Server.Referrals;
using Dispatch.Server.Referrals.Api;
using Dispatch.Server.Records;
using Dispatch.Server.Regions;
using Dispatch.Server.Registry;
using Dispatch.Server.Reliability;
using Dispatch.Server.Routing;
using Microsoft.AspNetCore.SignalR;
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

        // No endpoint takes more than a referral request or a closure line; a bigger body is refused with 413 before it is read.
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = config.GetValue<long>("Http:MaxRequestBodyBytes", 256 * 1024));

        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(region);
        services.AddSingleton(facilities);
        services.AddSingleton(vehicles);
        services.AddSingleton(accounts);
        services.AddSingleton(redis);
        services.AddSingleton(SigningKey.Resolve(config, redis));

        // Behind a load balancer every request comes from the proxy: take the client's address from X-Forwarded-For
        // (trusted from loopback and Http:TrustedProxies only), or the sign-in limit would be shared by everyone.
        services.Configure<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
            foreach (var proxy in config.GetSection("Http:TrustedProxies").Get<string[]>() ?? [])
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        });
        services.AddProblemDetails();
        services.AddExceptionHandler<ErrorResponses>();
        services.AddContract();
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis");
        services.AddDispatchAuth(config);

        services.AddSingleton<Microsoft.AspNetCore.SignalR.IUserIdProvider, UsernameUserIds>();
        services.AddSignalR(o =>
            {
                o.MaximumReceiveMessageSize = 16 * 1024;
                o.EnableDetailedErrors = false;
            })
            // The hub's JSON is the HTTP API's: camelCase enums, priority a number (see Contract/WireJson).
            .AddContractJson()
            // Devices and .NET clients may speak MessagePack (smaller, cheaper to parse); the browser console keeps JSON.
            .AddMessagePackProtocol()
            // The Redis backplane lets a dispatcher on one instance see what reaches another.
            .AddStackExchangeRedis(o =>
            {
                o.Configuration.ChannelPrefix = RedisChannel.Literal("dispatch:signalr");
                o.ConnectionFactory = _ => Task.FromResult(redis);
            });

        services.AddSingleton<HubGuard>();
        services.AddSingleton<HubTokenCheck>();
        // The filters are singletons added as instances: added by type, SignalR resolves each from the invocation's
        // scope and wraps it in an async frame of its own on every hub call (every position report).
        services.AddOptions<HubOptions>().Configure<HubGuard, HubTokenCheck>((o, guard, tokenCheck) =>
        {
            o.AddFilter(guard);
            o.AddFilter(tokenCheck);
        });
        services.AddCommands();
        services.AddSingleton<FleetStore>();
        services.AddSingleton<Staleness>();
        services.AddSingleton<PositionReportValidator>();
        services.AddSingleton<PositionStreams>();
        services.AddSingleton<VehicleWatchers>();
        services.AddSingleton<VehicleStatusPublisher>();
        services.AddSingleton<PositionBroadcaster>();
        services.AddHostedService(sp => sp.GetRequiredService<PositionBroadcaster>());
        services.AddSingleton<HospitalBoard>();
        services.AddSingleton<VehicleRecommender>();
        services.AddCalls();
        services.AddOversight(config);
        services.AddAdministration();
        services.AddRoadRouting();
        services.AddReferrals(config);
        services.AddRegistry(config);
        services.AddBasemap(region.OsmPath, config);
        services.AddRecords(config);
        services.AddCoverage(config);

        var app = builder.Build();
        app.UseForwardedHeaders();
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

        app.MapContract();
        app.MapDispatchHealth();
        app.MapAuth();
        app.MapRegion();
        app.MapFacilities();
        app.MapFleet();
        app.MapCalls();
        app.MapMyBookings();
        app.MapRoadRouting();
        app.MapReferrals();
        app.MapRegistry();
        app.MapAdministration();
        app.MapOversight();
        app.MapBasemap();
        app.MapRecords();
        app.MapCoverage();
        // A connection whose token expires is closed, as its HTTP requests would be refused.
        app.MapHub<DispatchHub>("/hubs/dispatch", o => o.CloseOnAuthenticationExpiration = true);
        return app;
    }
}
