using System.Text.Json;
using Dispatch.Server.Referrals.Persistence;

namespace Dispatch.Server.Referrals.Lifecycle;

public static class ReferralCopy
{
    /// <summary>A deep copy, so the "before" of a change can be compared with the "after".</summary>
    public static Referral Clone(this Referral referral)
    {
        var copy = JsonSerializer.Deserialize<Referral>(JsonSerializer.Serialize(referral, ReferralJson.Options), ReferralJson.Options)!;
        copy.Version = referral.Version;
        return copy;
    }
}
