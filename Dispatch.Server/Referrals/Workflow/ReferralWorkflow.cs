using Dispatch.Server.Commands;
using Dispatch.Server.Fleet;
using Dispatch.Server.Referrals.Fleet;
using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Matching;
using Dispatch.Server.Referrals.Persistence;
using Dispatch.Server.Referrals.Push;
using Dispatch.Server.Referrals.Requests;
using Microsoft.Extensions.Options;

namespace Dispatch.Server.Referrals.Workflow;

/// <summary>
/// Runs commands against stored referrals through the one command runner: load, let the lifecycle decide, stage the
/// change with what it means for the vehicle and the linked 120 call, store it all in one atomic write, then push.
/// A lost race loads and decides again, so of two racing commands the second is judged against the first one's
/// result (e.g. "cannot accept a referral that is Accepted").
/// </summary>
public sealed class ReferralWorkflow(
    ReferralStore store,
    IHospitalMatcher matcher,
    IReferralFacilities facilities,
    IReferralNotifier notifier,
    VehicleRegistry vehicles,
    ReferralMission mission,
    CommandRunner runner,
    IEnumerable<IReferralFollower> followers,
    IOptions<ReferralOptions> options,
    BedCountGuard beds,
    TimeProvider clock,
    ILogger<ReferralWorkflow> log,
    Numbering.CaseNumbers? numbers = null,
    IReferralPersonLink? personLink = null,
    Coverage.Assignment.CoverageGapCheck? coverageGaps = null)
{
    // One in-process caller per referral at a time (fewer lost races means fewer retries); across processes the
    // atomic write's comparisons decide.
    private readonly SemaphoreSlim[] _stripes = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    private OfferTimeouts Timeouts => options.Value.OfferTimeouts;

    /// <summary>A doctor opens a green-channel transfer. The same idempotency key from the same user returns the first referral.</summary>
    public async Task<(Referral Referral, bool Created)> CreateAsync(Actor actor, GreenChannelRequest request, string? idempotencyKey, CancellationToken ct)
    {
        Validate(request);
        if (facilities.FacilityLocation(request.RequestingFacilityId) is null)
            throw new ReferralValidationException(new Dictionary<string, string[]>
            {
                ["requestingFacilityId"] = [$"Unknown facility {request.RequestingFacilityId}."],
            });
        var (linked, home) = await LinkPersonAsync(actor, request, ct);
        var outcome = await runner.RunAsync("The referral", IdempotencyKey.For(idempotencyKey, actor.Name, "referrals/create"), async command =>
            {
                var referral = await NewReferralAsync(Guid.CreateVersion7().ToString("N"), actor, linked, callId: null, origin: home);
                var lifecycle = NewLifecycle(referral);
                lifecycle.Request(actor, referral.CreatedAt);
                StageNew(command, referral, lifecycle.Transitions, ct);
                return referral;
            }, r => r.Id, priorId => LoadVisibleAsync(priorId, actor));
        if (outcome.Replayed) return (outcome.Value, false);
        return (await AutoMatchAsync(outcome.Value, ct), true);
    }

    /// <summary>
    /// A referral raised from the key-population register is picked up at the person's home, and their tier sets the
    /// least urgent priority it may have. Only the doctor's own facility's register is searched.
    /// </summary>
    private async Task<(GreenChannelRequest Request, ReferralOrigin? Home)> LinkPersonAsync(Actor actor, GreenChannelRequest request, CancellationToken ct)
    {
        if (request.PersonId is not { } personId) return (request, null);
        var link = personLink is null || actor.FacilityId is null ? null : await personLink.FindAsync(personId, actor.FacilityId, ct);
        if (link is null)
            throw new ReferralValidationException(new Dictionary<string, string[]> { ["personId"] = ["No such person in your facility's register."] });
        return (request.Priority > link.LeastUrgent ? request with { Priority = link.LeastUrgent } : request, link.Home);
    }

    /// <summary>
    /// The referral of the patient of a 120 call, as the emergency centre raises it from the scene: hospitals are ranked
    /// from there, and the call's ambulance, already with (or on its way to) the patient, carries the transfer. The
    /// caller stages it together with the call's claim and the ambulance's hand-over.
    /// </summary>
    public async Task<Referral> StageFromSceneAsync(CommandContext command, Actor actor, string referralId, GreenChannelRequest request, ReferralOrigin origin, SceneHandOver handOver, CancellationToken ct)
    {
        Validate(request);
        var referral = await NewReferralAsync(referralId, actor, request, handOver.CallId, origin);
        var lifecycle = NewLifecycle(referral);
        lifecycle.RequestFromScene(actor, referral.CreatedAt, handOver);
        StageNew(command, referral, lifecycle.Transitions, ct);
        return referral;
    }

    private void StageNew(CommandContext command, Referral referral, IReadOnlyList<TransitionRecord> transitions, CancellationToken ct)
    {
        referral.Version = 1;
        ReferralStore.Stage(command.Commit, referral, expectedVersion: 0, previousTimer: null, transitions);
        foreach (var follower in followers) follower.Stage(command.Commit, referral, transitions);
        command.Announce(() => notifier.ChangedAsync(null, referral, transitions, ct));
    }

    /// <summary>Offers a new referral to the best ranked hospital, when the server matches automatically.</summary>
    public async Task<Referral> AutoMatchAsync(Referral referral, CancellationToken ct)
    {
        if (!options.Value.AutoMatch) return referral;
        try
        {
            return await MatchAsync(referral.Id, Actor.System, ct);
        }
        catch (ReferralException e)
        {
            // The request stands; a dispatcher can still match it by hand.
            log.LogWarning("Automatic matching of referral {Id} refused: {Code} {Message}", referral.Id, e.Code, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Stored and visible to dispatchers as Requested: a ranking failure must not lose the request.
            log.LogError(e, "Automatic matching of referral {Id} failed; left for a dispatcher", referral.Id);
        }
        return referral;
    }

    public static void Validate(GreenChannelRequest request)
    {
        var errors = GreenChannelRequestValidator.Validate(request);
        if (errors.Count > 0) throw new ReferralValidationException(errors);
    }

    // The number is drawn when the command decides; a decision lost to a race leaves a gap in the day's numbers, never a duplicate.
    private async Task<Referral> NewReferralAsync(string id, Actor actor, GreenChannelRequest request, string? callId, ReferralOrigin? origin)
    {
        var now = clock.GetUtcNow();
        return new Referral
        {
            Id = id,
            Number = numbers is null ? null : await numbers.NextAsync(Numbering.CaseKind.Referral),
            ParallelWidth = request.Priority == Priority.Immediate
                ? Math.Clamp(options.Value.Priority1ParallelOffers, 1, ReferralLifecycle.MaxParallelWidth) : 1,
            CreatedBy = actor.Name,
            CreatedAt = now,
            UpdatedAt = now,
            Request = request,
            CallId = callId,
            Origin = origin,
        };
    }

    /// <summary>Ranks capable hospitals from where the patient is and offers the first (or escalates if none).</summary>
    public async Task<Referral> MatchAsync(string id, Actor actor, CancellationToken ct, string? idempotencyKey = null)
    {
        var current = await LoadVisibleAsync(id, actor);
        ReferralPermissions.Demand(ReferralAction.Match, actor, current);
        var ranking = await RankAsync(current, ct);
        return await ExecuteAsync(id, actor, (l, t) => l.Match(actor, t, ranking.Candidates, ranking.Exclusions), idempotencyKey, ct, "match");
    }

    /// <summary>
    /// Dispatcher override: offer to a hospital of their choice. A hospital that fails its check now (capability, beds,
    /// diversion) is refused with the reason unless the dispatcher confirms they saw that warning.
    /// </summary>
    public Task<Referral> OfferAsync(string id, Actor actor, string hospitalId, string? idempotencyKey, CancellationToken ct, bool confirmed = false)
    {
        var hospital = facilities.FindHospital(hospitalId ?? "")
            ?? throw new ReferralValidationException(new Dictionary<string, string[]> { ["hospitalId"] = [$"Unknown hospital {hospitalId}."] });
        return ExecuteAsync(id, actor, (l, t) =>
        {
            var warning = l.CheckHospital?.Invoke(hospital.Id);
            if (warning is not null && !confirmed)
                throw new ReferralException(RefusalKind.Conflict, "hospital-check-failed",
                    $"{hospital.Name}: {warning.Detail} Confirm to offer anyway.") { Exclusion = warning };
            var ranked = l.Referral.Candidates.FirstOrDefault(c => c.HospitalId == hospital.Id);
            l.Offer(actor, t, ranked ?? new HospitalCandidate(hospital.Id, hospital.Name, null),
                warning is null ? null : $"override despite {System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(warning.Reason.ToString())}: {warning.Detail}");
        }, idempotencyKey, ct, "offer");
    }

    /// <summary>Dispatcher: rank again and ask the top <paramref name="width"/> capable hospitals at once (or widen an open round).</summary>
    public async Task<Referral> OfferParallelAsync(string id, Actor actor, int width, string? idempotencyKey, CancellationToken ct)
    {
        var current = await LoadVisibleAsync(id, actor);
        ReferralPermissions.Demand(ReferralAction.OfferParallel, actor, current);
        var ranking = current.State == ReferralState.Offered ? null : await RankAsync(current, ct);
        return await ExecuteAsync(id, actor,
            (l, t) => l.OfferParallel(actor, t, width, ranking?.Candidates ?? [], ranking?.Exclusions ?? []), idempotencyKey, ct, "offer-parallel");
    }

    private async Task<MatchResult> RankAsync(Referral current, CancellationToken ct)
    {
        var at = current.Origin is { } scene ? (scene.Lon, scene.Lat) : facilities.FacilityLocation(current.FacilityId)
            ?? throw new ReferralException(RefusalKind.Conflict, "unknown-location", $"Facility {current.FacilityId} has no known location.");
        return await matcher.RankAsync(
            new MatchQuery(at.Lon, at.Lat, current.Request.RequiredCapabilities, current.Priority, clock.GetUtcNow() + options.Value.MatchBudget), ct);
    }

    /// <summary>
    /// A dispatcher assigns a vehicle of the region's fleet: the vehicle is taken in the same atomic write as the
    /// referral records it, so a vehicle serving a 120 call, or another referral, is never sent here too.
    /// </summary>
    /// <remarks>Replacing a vehicle already assigned needs a reason; the replaced one is stood down in the same write.</remarks>
    /// <param name="confirmCoverageGap">the township the dispatcher agreed to leave without an ambulance: sending a township's
    /// last one out of it is refused (409 coverageGap) without that confirmation, as for a 120 call.</param>
    public Task<Referral> AssignVehicleAsync(string id, Actor actor, string vehicleId, string? idempotencyKey, CancellationToken ct, string? reason = null,
        string? confirmCoverageGap = null)
    {
        if (!string.IsNullOrWhiteSpace(vehicleId) && vehicles.Find(vehicleId) is null)
            throw new ReferralValidationException(new Dictionary<string, string[]> { ["vehicleId"] = [$"Unknown vehicle {vehicleId}."] });
        return ExecuteAsync(id, actor, (l, t) =>
        {
            l.AssignVehicle(actor, t, vehicleId, reason);
            // After the lifecycle's own checks, so a referral that cannot take a vehicle now says that first.
            if (coverageGaps is not null && PickUpPoint(l.Referral) is { } pickUp) coverageGaps.Demand(vehicleId, pickUp, confirmCoverageGap);
        }, idempotencyKey, ct, "assign-vehicle");
    }

    /// <summary>Where the ambulance goes first: the scene of the call the referral came from, or the requesting facility.</summary>
    private Dispatch.Routing.GeoPoint? PickUpPoint(Referral referral) =>
        referral.Origin is { } scene ? new(scene.Lon, scene.Lat)
        : facilities.FacilityLocation(referral.FacilityId) is { } at ? new(at.Lon, at.Lat) : null;

    /// <summary>
    /// The offered hospital accepts. With no free bed of the needed capability left (another acceptance took the last
    /// one, or the count fell since the offer) it is refused, naming the bed, until the hospital confirms.
    /// </summary>
    public Task<Referral> AcceptAsync(string id, Actor actor, bool beyondFreeBeds, string? idempotencyKey, CancellationToken ct) =>
        ExecuteAsync(id, actor, (l, t) => l.Accept(actor, t, beyondFreeBeds), idempotencyKey, ct, "accept");

    /// <summary>The countdown of an offer ran out. A stale timer (offer already answered) is refused by the lifecycle.</summary>
    public Task<Referral> TimeOutOfferAsync(string id, int offerNumber, CancellationToken ct) =>
        ExecuteAsync(id, Actor.System, (l, t) => l.TimeOutOffer(Actor.System, t, offerNumber), null, ct, "time-out");

    /// <summary>
    /// Applies one command: the referral's change, its vehicle's and its call's, in one atomic write. The same
    /// idempotency key sent again for the same command answers with the referral as it is now.
    /// </summary>
    /// <param name="verb">names the command in the idempotency record, so a key reused for another command is refused.</param>
    public async Task<Referral> ExecuteAsync(
        string id, Actor actor, Action<ReferralLifecycle, DateTimeOffset> command, string? idempotencyKey, CancellationToken ct, string verb = "command")
    {
        var stripe = _stripes[(uint)StringComparer.Ordinal.GetHashCode(id) % _stripes.Length];
        await stripe.WaitAsync(ct);
        try
        {
            var outcome = await runner.RunAsync($"Referral {id}", IdempotencyKey.For(idempotencyKey, actor.Name, $"referrals/{id}/{verb}"), async context =>
                {
                    var referral = await LoadVisibleAsync(id, actor);
                    var before = referral.Clone();
                    // Only an offer's acceptance takes a bed, so only then is the bed count worth reading.
                    var seen = before.ReservedBed is null && before.State == ReferralState.Offered ? await beds.ReadAsync() : null;
                    var lifecycle = await LifecycleAsync(referral);
                    command(lifecycle, clock.GetUtcNow());
                    referral.Version = before.Version + 1;
                    if (before.ReservedBed is null && referral.ReservedBed is { Holds: true } taken)
                        BedCountGuard.Stage(context.Commit, seen ?? throw new InvalidOperationException("A bed was taken outside an offer's acceptance."), taken.HospitalId);
                    ReferralStore.Stage(context.Commit, referral, before.Version, ReferralStore.OfferTimer(before)?.Member, lifecycle.Transitions);
                    await mission.StageAsync(context, before, referral, lifecycle.Transitions);
                    foreach (var follower in followers) follower.Stage(context.Commit, referral, lifecycle.Transitions);
                    var transitions = lifecycle.Transitions;
                    context.Announce(() => notifier.ChangedAsync(before, referral, transitions, ct));
                    return referral;
                }, r => r.Id, priorId => LoadVisibleAsync(priorId, actor));
            return outcome.Value;
        }
        finally
        {
            stripe.Release();
        }
    }

    private ReferralLifecycle NewLifecycle(Referral referral) => new(referral, Timeouts, options.Value.TotalBudgets);

    /// <summary>The machine over a loaded referral, asking about hospitals as they are now (one read of the board per command).</summary>
    private async Task<ReferralLifecycle> LifecycleAsync(Referral referral)
    {
        var hospitals = await facilities.HospitalsAsync();
        var required = referral.Request.RequiredCapabilities;
        var byId = hospitals.ToDictionary(h => h.Id);
        return new ReferralLifecycle(referral, Timeouts, options.Value.TotalBudgets)
        {
            CheckHospital = HospitalCheck.Over(hospitals, required),
            BedFor = hospitalId => HospitalCheck.BedToReserve(byId.GetValueOrDefault(hospitalId), required),
            NoFreeBed = (hospitalId, capability) => HospitalCheck.NoFreeBed(byId.GetValueOrDefault(hospitalId), capability),
        };
    }

    public async Task<Referral> GetAsync(string id, Actor actor) => await LoadVisibleAsync(id, actor);

    /// <summary>Referrals the actor may see, newest first.</summary>
    public async Task<IReadOnlyList<Referral>> ListAsync(Actor actor, bool openOnly)
    {
        var ids = openOnly ? await store.OpenIdsAsync() : await store.RecentIdsAsync(options.Value.ListLimit);
        var referrals = await store.LoadManyAsync(ids);
        return referrals.Where(r => ReferralAudience.CanSee(actor, r)).OrderByDescending(r => r.CreatedAt).ToList();
    }

    public async Task<IReadOnlyList<AuditEntry>> AuditAsync(string id, Actor actor)
    {
        await LoadVisibleAsync(id, actor);
        return await store.ReadAuditAsync(id);
    }

    public async Task<Referral> LoadVisibleAsync(string id, Actor actor)
    {
        var referral = await store.LoadAsync(id);
        // Someone who may not see a referral is told it does not exist, so ids reveal nothing.
        // A hospital that lost a parallel round hears why its answer came too late, not that the patient never existed.
        if (referral is not null && actor.Role == ReferralRoles.Hospital && referral.AcceptedHospitalId != actor.HospitalId
            && referral.Responses.Any(r => r.HospitalId == actor.HospitalId && r.Reason == ReferralReasons.AcceptedElsewhere))
            throw new ReferralException(RefusalKind.Conflict, ReferralReasons.AcceptedElsewhere, "Another hospital accepted this patient first.");
        if (referral is null || !ReferralAudience.CanSee(actor, referral))
            throw new ReferralException(RefusalKind.NotFound, "not-found", $"No referral {id} visible to you.");
        return referral;
    }
}
