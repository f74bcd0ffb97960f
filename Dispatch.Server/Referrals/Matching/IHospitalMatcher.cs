using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Requests;

namespace Dispatch.Server.Referrals.Matching;

/// <summary>Ranks hospitals able to take a patient, fastest first, and says why the others were left out.</summary>
public interface IHospitalMatcher
{
    ValueTask<MatchResult> RankAsync(MatchQuery query, CancellationToken cancellationToken);
}

/// <summary>Where the patient is, what they need, and when the answer is due.</summary>
public sealed record MatchQuery(double Lon, double Lat, IReadOnlyCollection<Capability> Required, Priority Priority, DateTimeOffset Deadline);

/// <param name="Approximate">True when the matcher cut work short to meet the deadline.</param>
public sealed record MatchResult(IReadOnlyList<HospitalCandidate> Candidates, IReadOnlyList<HospitalExclusion> Exclusions, bool Approximate);
