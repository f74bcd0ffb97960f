using StackExchange.Redis;

namespace Dispatch.Server.Numbering;

/// <summary>
/// Short human numbers for cases, such as ZZ20261205-0007: a prefix naming the kind, the day in China time and a
/// counter for that day. The counter is one Redis INCR per region, kind and day, so two servers never hand out the
/// same number and a number, once given, never changes. A number lost to a failed save leaves a gap, never a duplicate.
/// </summary>
public sealed class CaseNumbers(IConnectionMultiplexer redis, TimeProvider clock, string regionId)
{
    /// <summary>China Standard Time: the day a 120 centre's numbers roll over.</summary>
    private static readonly TimeSpan ChinaTime = TimeSpan.FromHours(8);

    public async Task<string> NextAsync(CaseKind kind)
    {
        var day = clock.GetUtcNow().ToOffset(ChinaTime).ToString("yyyyMMdd");
        var n = await redis.GetDatabase().StringIncrementAsync(CounterKey(regionId, kind, day));
        return $"{kind.Prefix()}{day}-{n:D4}";
    }

    public static string CounterKey(string regionId, CaseKind kind, string day) => kind == CaseKind.Call
        // Calls were numbered before regions had counters of their own; keep their counter so today's numbers go on.
        ? $"dispatch:calls:seq:{day}"
        : $"dispatch:numbers:{regionId}:{kind.Prefix()}:{day}";
}

public enum CaseKind
{
    /// <summary>A 120 emergency call: C20261205-0002.</summary>
    Call,
    /// <summary>A non-emergency transport: ZY20261205-0003 (转运).</summary>
    Transport,
    /// <summary>A green-channel referral: ZZ20261205-0007 (转诊).</summary>
    Referral,
}

public static class CaseKindPrefixes
{
    public static string Prefix(this CaseKind kind) => kind switch
    {
        CaseKind.Call => "C",
        CaseKind.Transport => "ZY",
        CaseKind.Referral => "ZZ",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}

public static class CaseNumbersRegistration
{
    /// <summary>One counter service per server; hosts without a region count under "default".</summary>
    public static IServiceCollection AddCaseNumbers(this IServiceCollection services)
    {
        Microsoft.Extensions.DependencyInjection.Extensions.ServiceCollectionDescriptorExtensions.TryAddSingleton(services, sp =>
            new CaseNumbers(sp.GetRequiredService<IConnectionMultiplexer>(), sp.GetService<TimeProvider>() ?? TimeProvider.System,
                sp.GetService<Regions.Region>()?.Definition.Id ?? "default"));
        return services;
    }

    /// <summary>Whether a case matches what someone typed into a search box: part of its number, case and dashes ignored.</summary>
    public static bool Matches(string? number, string? query)
    {
        if (string.IsNullOrWhiteSpace(query)) return true;
        if (number is null) return false;
        static string Plain(string s) => s.Replace("-", "").Trim().ToUpperInvariant();
        return Plain(number).Contains(Plain(query), StringComparison.Ordinal);
    }
}
