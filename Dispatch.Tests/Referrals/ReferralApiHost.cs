using System.Security.Claims;
using System.Text.Encodings.Web;
using Dispatch.Server.Accounts;
using Dispatch.Server.Facilities;
using Dispatch.Server.Realtime;
using Dispatch.Server.Referrals;
using Dispatch.Server.Referrals.Api;
using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Dispatch.Tests.Referrals;

/// <summary>
/// The referral API and the real dispatch hub in an in-process test server over a real Redis. Sign-in is
/// replaced by a header naming the user, so tests exercise the referral rules rather than JWT plumbing.
/// </summary>
internal sealed class ReferralApiHost : IAsyncDisposable
{
    public const string UserHeader = "X-Test-User";
    private readonly WebApplication _app;
    private readonly ConnectionMultiplexer _mux;

    private ReferralApiHost(WebApplication app, ConnectionMultiplexer mux)
    {
        _app = app;
        _mux = mux;
    }

    public TestServer Server => _app.GetTestServer();

    public IServiceProvider Services => _app.Services;

    /// <param name="withBoard">Also run the hospital board (beds and diversion kept in Redis, beds held by accepted referrals).</param>
    public static async Task<ReferralApiHost> StartAsync(RedisServer redis, IDictionary<string, string?>? settings = null, bool withBoard = false)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());

        var mux = await redis.ConnectAsync();
        var services = builder.Services;
        services.AddSingleton(Registry());
        if (withBoard)
        {
            services.AddSingleton(TimeProvider.System);
            services.AddSingleton<HospitalBoard>();
        }
        services.AddAuthentication(HeaderAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, HeaderAuthentication>(HeaderAuthentication.SchemeName, null);
        services.AddAuthorization();
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddReferralsOverRealFleet(mux, builder.Configuration);

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi().AllowAnonymous();
        app.MapReferrals();
        app.MapHub<DispatchHub>("/hubs/dispatch");
        await app.StartAsync();
        return new ReferralApiHost(app, mux);
    }

    public HttpClient Client(Actor? actor)
    {
        var client = Server.CreateClient();
        if (actor is not null) client.DefaultRequestHeaders.Add(UserHeader, HeaderAuthentication.Encode(actor));
        return client;
    }

    public HubConnection Hub(Actor actor) => new HubConnectionBuilder()
        .WithUrl(new Uri(Server.BaseAddress, "/hubs/dispatch"), o =>
        {
            o.HttpMessageHandlerFactory = _ => Server.CreateHandler();
            o.Transports = HttpTransportType.LongPolling;
            o.Headers[UserHeader] = HeaderAuthentication.Encode(actor);
        })
        .Build();

    private static FacilityRegistry Registry()
    {
        Hospital H(string id, string name, double lon, double lat, params string[] caps) => new()
        {
            Id = id, Name = name, Lon = lon, Lat = lat, Level = "tertiary", Capabilities = caps,
            Beds = caps.ToDictionary(c => c, _ => 4),
        };
        return new FacilityRegistry(
        [
            H("hosp-a", "County People's Hospital", 104.07, 30.66, Capabilities.Pci, Capabilities.Icu),
            H("hosp-b", "City No.1 Hospital", 104.10, 30.70, Capabilities.Pci, Capabilities.Icu),
            H("hosp-c", "Women and Children's Hospital", 104.05, 30.64, Capabilities.Obstetrics),
        ],
        [
            new GrassrootsFacility { Id = ReferralSamples.Facility, Name = "Anping THC", Lon = 104.06, Lat = 30.65, Kind = "township" },
            new GrassrootsFacility { Id = "thc-other", Name = "Other THC", Lon = 104.02, Lat = 30.60, Kind = "township" },
        ]);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _mux.DisposeAsync();
    }
}

/// <summary>Test-only sign-in: "name|role|facility|hospital|vehicle" in a header becomes the same claims a JWT carries.</summary>
internal sealed class HeaderAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "TestHeader";

    public static string Encode(Actor a) => string.Join('|', a.Name, a.Role, a.FacilityId, a.HospitalId, a.VehicleId);

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers[ReferralApiHost.UserHeader].FirstOrDefault();
        if (string.IsNullOrEmpty(header)) return Task.FromResult(AuthenticateResult.NoResult());
        var parts = header.Split('|');
        var claims = new List<Claim> { new(DispatchClaims.Name, parts[0]), new(DispatchClaims.Role, parts[1]) };
        if (parts[2].Length > 0) claims.Add(new(DispatchClaims.Facility, parts[2]));
        if (parts[3].Length > 0) claims.Add(new(DispatchClaims.Hospital, parts[3]));
        if (parts[4].Length > 0) claims.Add(new(DispatchClaims.Vehicle, parts[4]));
        var identity = new ClaimsIdentity(claims, SchemeName, DispatchClaims.Name, DispatchClaims.Role);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
