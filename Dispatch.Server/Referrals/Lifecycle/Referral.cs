using System.Text.Json.Serialization;
using Dispatch.Server.Referrals.Requests;

namespace Dispatch.Server.Referrals.Lifecycle;

/// <summary>
/// The stored referral: plain data, serialised as a whole with its version. The state machine
/// (<see cref="ReferralLifecycle"/>) is the only thing that changes it.
/// </summary>
public sealed class Referral
{
    public required string Id { get; init; }

    /// <summary>The readable number people use (ZZ20261205-0007), unique per region and day; null for referrals stored before numbers existed.</summary>
    public string? Number { get; set; }

    /// <summary>Bumped on every stored change; the optimistic-concurrency token.</summary>
    public long Version { get; set; }

    public ReferralState State { get; set; } = ReferralState.Identified;
    public required GreenChannelRequest Request { get; init; }
    public required string CreatedBy { get; init; }

    /// <summary>The 120 call this referral grew out of (the crew found a patient who needs a capable hospital); null when a doctor asked.</summary>
    public string? CallId { get; init; }

    /// <summary>Where the patient is when that is not the requesting facility (the scene of a 120 call).</summary>
    public ReferralOrigin? Origin { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }

    public List<HospitalCandidate> Candidates { get; set; } = [];
    public List<HospitalExclusion> Exclusions { get; set; } = [];

    /// <summary>When <see cref="Candidates"/> was ranked; refusals since then are not asked again from this ranking.</summary>
    public DateTimeOffset? RankedAt { get; set; }

    /// <summary>Index into <see cref="Candidates"/> of the next hospital to ask.</summary>
    public int NextCandidate { get; set; }

    /// <summary>The hospital currently asked (the first of a parallel round); after acceptance, the accepting one.</summary>
    public string? OfferedHospitalId { get; set; }

    /// <summary>The other hospitals asked in the same round when the patient is offered to several at once; the first to accept wins.</summary>
    public List<string> ParallelOfferedHospitalIds { get; set; } = [];

    /// <summary>How many hospitals each round asks at once (1: one after the other).</summary>
    public int ParallelWidth { get; set; } = 1;

    /// <summary>When the request must have been accepted (request time plus the priority's total budget); past it, the referral escalates.</summary>
    public DateTimeOffset? AcceptanceDueAt { get; set; }

    /// <summary>When the total budget ran out and the referral escalated for it; set once, so a later decline moves on without escalating again.</summary>
    public DateTimeOffset? BudgetEscalatedAt { get; set; }

    /// <summary>The bed the accepting hospital holds for this patient.</summary>
    public BedReservation? ReservedBed { get; set; }

    /// <summary>Counts offers; a timer carries the number so a stale timer never times out a newer offer.</summary>
    public int OfferNumber { get; set; }
    public DateTimeOffset? OfferExpiresAt { get; set; }
    public List<HospitalResponse> Responses { get; set; } = [];

    public string? AcceptedHospitalId { get; set; }
    public string? VehicleId { get; set; }

    /// <summary>Why the referral was last escalated, cancelled or failed.</summary>
    public string? Reason { get; set; }

    public ReferralTimeline Timeline { get; set; } = new();

    [JsonIgnore] public Priority Priority => Request.Priority;

    /// <summary>Every hospital asked now: the first, then those asked in parallel.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> OfferedHospitalIds =>
        OfferedHospitalId is null ? [] : [OfferedHospitalId, .. ParallelOfferedHospitalIds.Where(h => h != OfferedHospitalId)];

    public bool IsOfferedTo(string? hospitalId) => hospitalId is not null && OfferedHospitalIds.Contains(hospitalId);

    /// <summary>Priority 1, or a red-tier patient: the dispatcher hears of the first unanswered or refused offer.</summary>
    [JsonIgnore]
    public bool NeedsWatching => Priority == Priority.Immediate || Request.Patient.Tier == Tier.Red;
    [JsonIgnore] public string FacilityId => Request.RequestingFacilityId;
}
