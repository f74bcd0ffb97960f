using System.Net.Http.Headers;
using System.Security.Cryptography;
using Dispatch.Tests.Infrastructure;
using static Dispatch.Tests.Infrastructure.DemoAccounts;

namespace Dispatch.Tests.Security;

/// <summary>Everyone the authorisation matrix tries: no token, unusable tokens, and each role bound to A or B.</summary>
public enum Caller { Anonymous, Expired, Forged, Dispatcher, DoctorA, DoctorB, HospitalH1, HospitalH2, VehicleV1, VehicleV2, Admin }

/// <summary>Tokens for every <see cref="Caller"/> on one server: real sign-ins, plus an expired and a forged token.</summary>
public sealed class CallerTokens
{
    private readonly DispatchServerProcess _server;
    private readonly Dictionary<Caller, string?> _tokens = new();

    private CallerTokens(DispatchServerProcess server) => _server = server;

    public static readonly IReadOnlyList<Caller> All = Enum.GetValues<Caller>();
    public static readonly IReadOnlyList<Caller> SignedIn = All.Where(c => c > Caller.Forged).ToList();

    public static (string User, string Password)? Credentials(Caller caller) => caller switch
    {
        Caller.Dispatcher => (Dispatcher, DispatcherPassword),
        Caller.DoctorA => (DoctorA, DoctorPassword),
        Caller.DoctorB => (DoctorB, DoctorPassword),
        Caller.HospitalH1 => (HospitalH1, HospitalPassword),
        Caller.HospitalH2 => (HospitalH2, HospitalPassword),
        Caller.VehicleV1 => (DeviceV1, DevicePassword),
        Caller.VehicleV2 => (DeviceV2, DevicePassword),
        Caller.Admin => (Admin, AdminPassword),
        _ => null,
    };

    public static async Task<CallerTokens> SignInAllAsync(DispatchServerProcess server)
    {
        var tokens = new CallerTokens(server);
        tokens._tokens[Caller.Anonymous] = null;
        // Signed with the server's own key but expired an hour ago (well past the 30 s clock skew).
        tokens._tokens[Caller.Expired] = Tokens.Mint(server.SigningKey, Tokens.Account(Dispatcher, "dispatcher"),
            TimeSpan.FromMinutes(5), new PastClock(TimeSpan.FromHours(1)));
        // Claims to be an admin, signed with a key the server never saw.
        tokens._tokens[Caller.Forged] = Tokens.Mint(Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)),
            Tokens.Account(Admin, "admin"), TimeSpan.FromHours(1));
        foreach (var caller in SignedIn) tokens._tokens[caller] = await tokens.FreshTokenAsync(caller);
        return tokens;
    }

    public string? Token(Caller caller) => _tokens[caller];

    /// <summary>A new sign-in for real callers (for calls that spend the token, like revoke); the same token for the others.</summary>
    public async Task<string?> FreshTokenAsync(Caller caller) =>
        Credentials(caller) is { } c ? await _server.SignInAsync(c.User, c.Password) : _tokens[caller];

    public HttpClient Client(Caller caller) => Client(Token(caller));

    public HttpClient Client(string? token)
    {
        var client = new HttpClient { BaseAddress = new Uri(_server.Url), Timeout = TimeSpan.FromSeconds(30) };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
