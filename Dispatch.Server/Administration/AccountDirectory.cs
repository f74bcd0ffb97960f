using System.Text.Json;
using System.Text.RegularExpressions;
using Dispatch.Server.Accounts;
using Dispatch.Server.Facilities;
using Dispatch.Server.Fleet;
using Microsoft.AspNetCore.Identity;
using StackExchange.Redis;

namespace Dispatch.Server.Administration;

/// <summary>An account as the administrator sees it: where it comes from, whether it may sign in, and how sign-in has gone.</summary>
public sealed record AccountView(
    string Username, string DisplayName, string Role, string? FacilityId, string? HospitalId, string? VehicleId,
    string Source, bool Disabled, DateTimeOffset? TokensRevokedAt, int FailedSignIns, double? PausedForSeconds);

/// <summary>What an administrator sends to create an account.</summary>
public sealed record NewAccount(string? Username, string? DisplayName, string? Role, string? FacilityId, string? HospitalId, string? VehicleId, string? Password);

/// <summary>A new password, set by an administrator.</summary>
public sealed record NewPassword(string? Password);

/// <summary>
/// The region's accounts with the administrator's changes layered over them. The accounts file stays as shipped;
/// accounts the administrator creates, disabled flags, new passwords and token revocations live in Redis (the
/// append-only file makes them durable), so every instance sees the same and a restart keeps them.
/// </summary>
public sealed partial class AccountDirectory(
    AccountStore file, FacilityRegistry facilities, VehicleRegistry vehicles, IConnectionMultiplexer redis, TimeProvider clock)
{
    public const string AddedKey = "dispatch:accounts:added";
    private static string StateKey(string username) => $"dispatch:accounts:state:{username.Trim().ToLowerInvariant()}";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly PasswordHasher<Account> _hasher = new();
    private readonly string _dummyHash = new PasswordHasher<Account>().HashPassword(null!, Guid.NewGuid().ToString());

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{2,63}$")]
    private static partial Regex UsernamePattern();

    private IDatabase Db => redis.GetDatabase();

    public async Task<Account?> FindAsync(string username)
    {
        if (file.Find(username) is { } shipped) return shipped;
        var added = await Db.HashGetAsync(AddedKey, username.Trim().ToLowerInvariant());
        return added.IsNullOrEmpty ? null : JsonSerializer.Deserialize<Account>((string)added!, Json);
    }

    /// <summary>The account if the password is right and the account is enabled; the same work whether or not it exists.</summary>
    public async Task<Account?> VerifyAsync(string username, string password)
    {
        var account = await FindAsync(username);
        var state = account is null ? null : await StateAsync(account.Username);
        var hash = state?.PasswordHash ?? account?.PasswordHash ?? _dummyHash;
        var ok = _hasher.VerifyHashedPassword(account!, hash, password) != PasswordVerificationResult.Failed;
        return ok && account is not null && state?.Disabled != true ? account : null;
    }

    /// <summary>Whether a token issued at <paramref name="issuedAt"/> to <paramref name="username"/> still holds (not disabled, not revoked since).</summary>
    public async Task<bool> TokenHoldsAsync(string username, DateTimeOffset issuedAt)
    {
        var state = await StateAsync(username);
        return state is null || (!state.Disabled && (state.TokensNotBefore is not { } notBefore || issuedAt >= notBefore));
    }

    public async Task<IReadOnlyList<AccountView>> ListAsync(SignInThrottle throttle)
    {
        var added = (await Db.HashGetAllAsync(AddedKey)).Select(e => JsonSerializer.Deserialize<Account>((string)e.Value!, Json)!).ToList();
        var all = file.All.Select(a => (Account: a, Source: "file")).Concat(added.Select(a => (Account: a, Source: "added")))
            .OrderBy(x => x.Account.Role, StringComparer.Ordinal).ThenBy(x => x.Account.Username, StringComparer.Ordinal).ToList();
        var views = await Task.WhenAll(all.Select(async x =>
        {
            var state = await StateAsync(x.Account.Username);
            var (failures, paused) = await throttle.StatusAsync(x.Account.Username);
            var a = x.Account;
            return new AccountView(a.Username, a.DisplayName, a.Role, a.FacilityId, a.HospitalId, a.VehicleId, x.Source,
                state?.Disabled ?? false, state?.TokensNotBefore, failures, paused?.TotalSeconds);
        }));
        return views;
    }

    public async Task<Account> CreateAsync(NewAccount? request)
    {
        var errors = Validate(request);
        if (errors.Count > 0) throw new AdminValidationException(errors);
        var r = request!;
        var username = r.Username!.Trim().ToLowerInvariant();
        var account = new Account
        {
            Username = username,
            Role = r.Role!,
            DisplayName = r.DisplayName!.Trim(),
            PasswordHash = AccountStore.Hash(r.Password!),
            FacilityId = r.Role == Roles.Doctor ? r.FacilityId : null,
            HospitalId = r.Role == Roles.Hospital ? r.HospitalId : null,
            VehicleId = r.Role == Roles.Vehicle ? r.VehicleId : null,
        };
        if (file.Find(username) is not null || !await Db.HashSetAsync(AddedKey, username, JsonSerializer.Serialize(account, Json), When.NotExists))
            throw new AdminRefusal(StatusCodes.Status409Conflict, "username-taken", $"An account {username} already exists.");
        return account;
    }

    public async Task SetDisabledAsync(string username, bool disabled)
    {
        var account = await RequireAsync(username);
        if (disabled) await Db.HashSetAsync(StateKey(account.Username), "disabled", "1");
        else await Db.HashDeleteAsync(StateKey(account.Username), "disabled");
    }

    /// <summary>Sets a new password and ends every session signed in with the old one.</summary>
    public async Task ResetPasswordAsync(string username, string? password)
    {
        var account = await RequireAsync(username);
        if (PasswordProblem(password) is { } problem) throw new AdminValidationException(new() { ["password"] = [problem] });
        await Db.HashSetAsync(StateKey(account.Username), [new("passwordHash", AccountStore.Hash(password!)), NotBeforeNow()]);
    }

    public async Task RevokeTokensAsync(string username)
    {
        var account = await RequireAsync(username);
        await Db.HashSetAsync(StateKey(account.Username), [NotBeforeNow()]);
    }

    // Tokens carry whole seconds: everything issued up to and including this second is revoked.
    private HashEntry NotBeforeNow() => new("tokensNotBefore", clock.GetUtcNow().ToUnixTimeSeconds() + 1);

    private async Task<Account> RequireAsync(string username) =>
        await FindAsync(username) ?? throw new AdminRefusal(StatusCodes.Status404NotFound, "no-such-account", $"No account {username}.");

    private sealed record AccountState(bool Disabled, string? PasswordHash, DateTimeOffset? TokensNotBefore);

    private async Task<AccountState?> StateAsync(string username)
    {
        var fields = await Db.HashGetAllAsync(StateKey(username));
        if (fields.Length == 0) return null;
        var map = fields.ToDictionary(f => (string)f.Name!, f => (string?)f.Value);
        return new AccountState(
            map.GetValueOrDefault("disabled") == "1",
            map.GetValueOrDefault("passwordHash"),
            long.TryParse(map.GetValueOrDefault("tokensNotBefore"), out var s) ? DateTimeOffset.FromUnixTimeSeconds(s) : null);
    }

    private Dictionary<string, string[]> Validate(NewAccount? r)
    {
        var errors = new Dictionary<string, string[]>();
        if (r is null) return new() { ["body"] = ["An account is required."] };
        if (r.Username is null || !UsernamePattern().IsMatch(r.Username.Trim().ToLowerInvariant()))
            errors["username"] = ["3–64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit."];
        if (string.IsNullOrWhiteSpace(r.DisplayName) || r.DisplayName.Length > 80) errors["displayName"] = ["A display name is required (at most 80 characters)."];
        if (r.Role is null || !Roles.All.Contains(r.Role)) errors["role"] = [$"Role is one of {string.Join(", ", Roles.All.Order())}."];
        else if (r.Role == Roles.Doctor && (r.FacilityId is null || facilities.FindGrassroots(r.FacilityId) is null))
            errors["facilityId"] = ["A doctor is bound to a grassroots facility of the region."];
        else if (r.Role == Roles.Hospital && (r.HospitalId is null || facilities.FindHospital(r.HospitalId) is null))
            errors["hospitalId"] = ["A hospital account is bound to a hospital of the region."];
        else if (r.Role == Roles.Vehicle && (r.VehicleId is null || vehicles.Find(r.VehicleId) is null))
            errors["vehicleId"] = ["A vehicle device is bound to a vehicle of the region."];
        if (PasswordProblem(r.Password) is { } problem) errors["password"] = [problem];
        return errors;
    }

    private static string? PasswordProblem(string? password) =>
        password is null || password.Length < 8 || password.Length > 256 ? "A password has 8 to 256 characters." : null;
}

public sealed class AdminValidationException(Dictionary<string, string[]> errors) : Exception("The request is not valid.")
{
    public Dictionary<string, string[]> Errors { get; } = errors;
}

public sealed class AdminRefusal(int status, string code, string detail) : Exception(detail)
{
    public int Status { get; } = status;
    public string Code { get; } = code;
}
