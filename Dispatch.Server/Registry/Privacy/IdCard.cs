using System.Security.Cryptography;
using System.Text;

namespace Dispatch.Server.Registry.Privacy;

/// <summary>
/// A resident ID-card number is never stored: only a keyed hash (to find duplicates) and its last four characters
/// (for a person to be recognised on the phone). The key is the register's secret, so the hash cannot be reversed by
/// hashing every possible number.
/// </summary>
public sealed class IdCard(byte[] key)
{
    /// <summary>18 characters: 17 digits and a check character (ISO 7064 MOD 11-2, digit or X).</summary>
    public static bool IsValid(string? number)
    {
        if (number is not { Length: 18 }) return false;
        ReadOnlySpan<int> weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(number[i])) return false;
            sum += (number[i] - '0') * weights[i];
        }
        return char.ToUpperInvariant(number[17]) == "10X98765432"[sum % 11];
    }

    public static string Normalise(string number) => number.Trim().ToUpperInvariant();

    public byte[] Hash(string number) => HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(Normalise(number)));

    public static string LastFour(string number) => Normalise(number)[^4..];
}
