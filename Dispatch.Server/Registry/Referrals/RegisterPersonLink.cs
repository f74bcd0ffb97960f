using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Requests;
using Dispatch.Server.Referrals.Workflow;
using Dispatch.Server.Registry.Persistence;
using Microsoft.Extensions.Options;

namespace Dispatch.Server.Registry.Referrals;

/// <summary>Gives the referral workflow a registered person's home (the pick-up point) and the priority floor of their tier.</summary>
public sealed class RegisterPersonLink(RegisterQueries queries, IOptions<RegistryOptions> options) : IReferralPersonLink
{
    public async Task<PersonReferralLink?> FindAsync(string personId, string facilityId, CancellationToken ct)
    {
        if (!Guid.TryParse(personId, out var id) || await queries.GetAsync(facilityId, id, ct) is not { } person) return null;
        var tier = Codes.Parse<Tier>(person.Tier);
        return new PersonReferralLink(new ReferralOrigin(person.Lon, person.Lat, person.Village), options.Value.MinimumPriorityFor(tier));
    }
}
