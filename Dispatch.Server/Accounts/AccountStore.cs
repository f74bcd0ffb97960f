using System.Collections.Frozen;
using System.Text.Json;
using Dispatch.Server.Regions;
using Microsoft.AspNetCore.Identity;

namespace Dispatch.Server.Accounts;

/// <summary>
/// Accounts of the region, read from its accounts file. Only password hashes are stored (ASP.NET Core Identity's
/// PBKDF2 format), and every binding is checked against the region so a doctor cannot be bound to a facility that does not exist.
/// </summary>
public sealed class AccountStore
{
    private readonly FrozenDictionary<string, Account> _accounts;
    private readonly PasswordHasher<Account> _hasher = new();
    // Verifying against a throwaway hash for unknown users keeps the response time from telling which usernames exist.
    private readonly string _dummyHash;

    public AccountStore(IEnumerable<Account> accounts)
    {
        _accounts = accounts.ToFrozenDictionary(a => a.Username, StringComparer.OrdinalIgnoreCase);
        _dummyHash = _hasher.HashPassword(null!, Guid.NewGuid().ToString());
    }

    public IReadOnlyCollection<Account> All => _accounts.Values;

    public Account? Find(string username) => _accounts.GetValueOrDefault(username);

    public Account? Verify(string username, string password)
    {
        var account = Find(username);
        var result = _hasher.VerifyHashedPassword(account!, account?.PasswordHash ?? _dummyHash, password);
        return account is not null && result != PasswordVerificationResult.Failed ? account : null;
    }

    public static string Hash(string password) => new PasswordHasher<Account>().HashPassword(null!, password);

    public static AccountStore Load(Region region, Facilities.FacilityRegistry facilities, Fleet.VehicleRegistry vehicles)
    {
        var file = JsonSerializer.Deserialize<AccountsFile>(File.ReadAllText(region.AccountsPath), Region.FileJson)
            ?? throw new InvalidDataException("Accounts file is empty.");
        foreach (var a in file.Accounts)
        {
            if (!Roles.All.Contains(a.Role)) throw new InvalidDataException($"Account {a.Username}: unknown role '{a.Role}'.");
            var bindingOk = a.Role switch
            {
                Roles.Doctor => a.FacilityId is not null && facilities.FindGrassroots(a.FacilityId) is not null,
                Roles.Hospital => a.HospitalId is not null && facilities.FindHospital(a.HospitalId) is not null,
                Roles.Vehicle => a.VehicleId is not null && vehicles.Find(a.VehicleId) is not null,
                _ => true,
            };
            if (!bindingOk) throw new InvalidDataException($"Account {a.Username}: role {a.Role} must be bound to an existing facility, hospital or vehicle of the region.");
        }
        return new AccountStore(file.Accounts);
    }

    private sealed record AccountsFile(List<Account> Accounts);
}
