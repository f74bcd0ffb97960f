using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Matching;
using Dispatch.Server.Referrals.Persistence;
using Dispatch.Server.Referrals.Push;
using Dispatch.Server.Referrals.Requests;
using Microsoft.Extensions.Options;

namespace Dispatch.Server.Referrals.Workflow;

/// <summary>
/// Runs commands against stored referrals: load, let the lifecycle decide, store with a version check,
/// then push. A version conflict reloads and decides again, so of two racing commands the second is judged
/// against the first one's result (e.g. "cannot accept a referral that is Accepted").
/// </summary>
public sealed class ReferralWorkflow(
    ReferralStore store,
    IHospitalMatcher matcher,
    IReferralFacilities facilities,
    IReferralNotifier notifier,
    IReferralVehicles vehicles,
    IOptions<ReferralOptions> options,
    TimeProvider clock,
    ILogger<ReferralWorkflow> log,
    Fleet.ReferralVehicleLink? fleet = null,
    Numbering.CaseNumbers? numbers = null,
    IReferralPersonLink? personLink = null)
{
    private const int Attempts = 5;

    // One in-process caller per referral at a time (the state machine is not thread-safe, and fewer
    // version conflicts means fewer retries); across processes the stored version decides.
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
        var referral = NewReferral(Guid.CreateVersion7().ToString("N"), actor, linked, callId: null, origin: home);
        return await CreateAsync(referral, actor, (l, now) => l.Request(actor, now), idempotencyKey, ct);
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
    /// The emergency centre refers the patient of a 120 call to a capable hospital: hospitals are ranked from the
    /// scene, and the call's ambulance, already with (or on its way to) the patient, carries the transfer.
    /// The caller has already handed the vehicle over to <paramref name="referralId"/>.
    /// </summary>
    public Task<(Referral Referral, bool Created)> CreateFromSceneAsync(
        Actor actor, string referralId, GreenChannelRequest request, ReferralOrigin origin, SceneHandOver handOver, string? idempotencyKey, CancellationToken ct)
    {
        Validate(request);
        var referral = NewReferral(referralId, actor, request, handOver.CallId, origin);
        return CreateAsync(referral, actor, (l, now) => l.RequestFromScene(actor, now, handOver), idempotencyKey, ct);
    }

    /// <summary>The referral an earlier command with this idempotency key created, if any.</summary>
    public async Task<Referral?> FindByIdempotencyKeyAsync(Actor actor, string? idempotencyKey) =>
        idempotencyKey is not null && await store.IdempotentResultAsync(ReferralKeys.Idempotency(actor.Name, idempotencyKey)) is { } priorId
            ? await LoadVisibleAsync(priorId, actor)
            : null;

    public static void Validate(GreenChannelRequest request)
    {
        var errors = GreenChannelRequestValidator.Validate(request);
        if (errors.Count > 0) throw new ReferralValidationException(errors);
    }

    private Referral NewReferral(string id, Actor actor, GreenChannelRequest request, string? callId, ReferralOrigin? origin)
    {
        var now = clock.GetUtcNow();
        return new Referral
        {
            Id = id,
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

    private async Task<(Referral Referral, bool Created)> CreateAsync(
        Referral referral, Actor actor, Action<ReferralLifecycle, DateTimeOffset> request, string? idempotencyKey, CancellationToken ct)
    {
        var idemKey = idempotencyKey is null ? null : ReferralKeys.Idempotency(actor.Name, idempotencyKey);
        if (idemKey is not null && await store.IdempotentResultAsync(idemKey) is { } priorId)
            return (await LoadVisibleAsync(priorId, actor), false);

        if (numbers is not null) referral.Number = await numbers.NextAsync(Numbering.CaseKind.Referral);
        var lifecycle = new ReferralLifecycle(referral, Timeouts, options.Value.TotalBudgets);
        request(lifecycle, referral.CreatedAt);
        referral.Version = 1;

        var outcome = await store.SaveAsync(referral, expectedVersion: 0, previousTimer: null, lifecycle.Transitions, idemKey);
        if (outcome.Status == SaveStatus.Duplicate)
            return (await LoadVisibleAsync(outcome.PriorReferralId!, actor), false);
        if (outcome.Status != SaveStatus.Saved)
            throw new ReferralException(ReferralErrorKind.Conflict, "concurrent-update", "The referral could not be stored; try again.");
        await notifier.ChangedAsync(null, referral, lifecycle.Transitions, ct);

        if (options.Value.AutoMatch)
        {
            try
            {
                referral = await MatchAsync(referral.Id, Actor.System, ct);
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
        }
        return (referral, true);
    }

    /// <summary>Ranks capable hospitals from where the patient is and offers the first (or escalates if none).</summary>
    public async Task<Referral> MatchAsync(string id, Actor actor, CancellationToken ct, string? idempotencyKey = null)
    {
        var current = await LoadVisibleAsync(id, actor);
        ReferralPermissions.Demand(ReferralAction.Match, actor, current);
        var ranking = await RankAsync(current, ct);
        return await ExecuteAsync(id, actor, (l, t) => l.Match(actor, t, ranking.Candidates, ranking.Exclusions), idempotencyKey, ct);
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
                throw new ReferralException(ReferralErrorKind.Conflict, "hospital-check-failed",
                    $"{hospital.Name}: {warning.Detail} Confirm to offer anyway.") { Exclusion = warning };
            var ranked = l.Referral.Candidates.FirstOrDefault(c => c.HospitalId == hospital.Id);
            l.Offer(actor, t, ranked ?? new HospitalCandidate(hospital.Id, hospital.Name, null),
                warning is null ? null : $"override despite {System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(warning.Reason.ToString())}: {warning.Detail}");
        }, idempotencyKey, ct);
    }

    /// <summary>Dispatcher: rank again and ask the top <paramref name="width"/> capable hospitals at once (or widen an open round).</summary>
    public async Task<Referral> OfferParallelAsync(string id, Actor actor, int width, string? idempotencyKey, CancellationToken ct)
    {
        var current = await LoadVisibleAsync(id, actor);
        ReferralPermissions.Demand(ReferralAction.OfferParallel, actor, current);
        var ranking = current.State == ReferralState.Offered ? null : await RankAsync(current, ct);
        return await ExecuteAsync(id, actor,
            (l, t) => l.OfferParallel(actor, t, width, ranking?.Candidates ?? [], ranking?.Exclusions ?? []), idempotencyKey, ct);
    }

    private async Task<MatchResult> RankAsync(Referral current, CancellationToken ct)
    {
        var at = current.Origin is { } scene ? (scene.Lon, scene.Lat) : facilities.FacilityLocation(current.FacilityId)
            ?? throw new ReferralException(ReferralErrorKind.Conflict, "unknown-location", $"Facility {current.FacilityId} has no known location.");
        return await matcher.RankAsync(
            new MatchQuery(at.Lon, at.Lat, current.Request.RequiredCapabilities, current.Priority, clock.GetUtcNow() + options.Value.MatchBudget), ct);
    }

    /// <summary>A dispatcher assigns a vehicle of the region's fleet.</summary>
    public Task<Referral> AssignVehicleAsync(string id, Actor actor, string vehicleId, string? idempotencyKey, CancellationToken ct, string? reason = null)
    {
        if (!string.IsNullOrWhiteSpace(vehicleId) && !vehicles.Exists(vehicleId))
            throw new ReferralValidationException(new Dictionary<string, string[]> { ["vehicleId"] = [$"Unknown vehicle {vehicleId}."] });
        if (fleet is null || actor.Role != ReferralRoles.Dispatcher || string.IsNullOrWhiteSpace(vehicleId))
            return ExecuteAsync(id, actor, (l, t) => l.AssignVehicle(actor, t, vehicleId, reason), idempotencyKey, ct);
        return AssignFleetVehicleAsync(id, actor, vehicleId, reason, idempotencyKey, fleet, ct);
    }

    // The vehicle is taken in the fleet first: that atomic step is what stops a vehicle serving a 120 call,
    // or another referral, from being sent here too. If the referral then refuses, the vehicle is given back.
    private async Task<Referral> AssignFleetVehicleAsync(
        string id, Actor actor, string vehicleId, string? reason, string? idempotencyKey, Fleet.ReferralVehicleLink link, CancellationToken ct)
    {
        var previous = await link.TakeAsync(id, vehicleId);
        try
        {
            return await ExecuteAsync(id, actor, (l, t) => l.AssignVehicle(actor, t, vehicleId, reason), idempotencyKey, ct);
        }
        catch
        {
            await link.ReleaseAsync(vehicleId, previous);
            throw;
        }
    }

    /// <summary>The countdown of an offer ran out. A stale timer (offer already answered) is refused by the lifecycle.</summary>
    public Task<Referral> TimeOutOfferAsync(string id, int offerNumber, CancellationToken ct) =>
        ExecuteAsync(id, Actor.System, (l, t) => l.TimeOutOffer(Actor.System, t, offerNumber), null, ct);

    /// <summary>Applies one command with optimistic concurrency; replays return the current referral unchanged.</summary>
    public async Task<Referral> ExecuteAsync(
        string id, Actor actor, Action<ReferralLifecycle, DateTimeOffset> command, string? idempotencyKey, CancellationToken ct)
    {
        var idemKey = idempotencyKey is null ? null : ReferralKeys.Idempotency(actor.Name, idempotencyKey);
        var stripe = _stripes[(uint)StringComparer.Ordinal.GetHashCode(id) % _stripes.Length];
        await stripe.WaitAsync(ct);
        try
        {
            for (var attempt = 0; attempt < Attempts; attempt++)
            {
                if (idemKey is not null && await store.IdempotentResultAsync(idemKey) is { } prior)
                    return await ReplayAsync(prior, id, actor);

                var referral = await LoadVisibleAsync(id, actor);
                var before = referral.Clone();
                var lifecycle = await LifecycleAsync(referral);
                command(lifecycle, clock.GetUtcNow());
                referral.Version = before.Version + 1;

                var outcome = await store.SaveAsync(referral, before.Version, ReferralStore.OfferTimer(before)?.Member, lifecycle.Transitions, idemKey);
                switch (outcome.Status)
                {
                    case SaveStatus.Saved:
                        await notifier.ChangedAsync(before, referral, lifecycle.Transitions, ct);
                        return referral;
                    case SaveStatus.Duplicate:
                        return await ReplayAsync(outcome.PriorReferralId!, id, actor);
                    default:
                        log.LogDebug("Referral {Id} changed under us (attempt {Attempt}); deciding again", id, attempt + 1);
                        continue;
                }
            }
        }
        finally
        {
            stripe.Release();
        }
        throw new ReferralException(ReferralErrorKind.Conflict, "concurrent-update",
            "The referral kept changing while this command was applied; reload it and try again.");
    }

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

    private async Task<Referral> ReplayAsync(string priorId, string id, Actor actor)
    {
        if (priorId != id)
            throw new ReferralException(ReferralErrorKind.Conflict, "idempotency-key-reused",
                "This Idempotency-Key was already used for another referral; send a new key for a new command.");
        return await LoadVisibleAsync(id, actor);
    }

    private async Task<Referral> LoadVisibleAsync(string id, Actor actor)
    {
        var referral = await store.LoadAsync(id);
        // Someone who may not see a referral is told it does not exist, so ids reveal nothing.
        // A hospital that lost a parallel round hears why its answer came too late, not that the patient never existed.
        if (referral is not null && actor.Role == ReferralRoles.Hospital && referral.AcceptedHospitalId != actor.HospitalId
            && referral.Responses.Any(r => r.HospitalId == actor.HospitalId && r.Reason == ReferralReasons.AcceptedElsewhere))
            throw new ReferralException(ReferralErrorKind.Conflict, ReferralReasons.AcceptedElsewhere, "Another hospital accepted this patient first.");
        if (referral is null || !ReferralAudience.CanSee(actor, referral))
            throw new ReferralException(ReferralErrorKind.NotFound, "not-found", $"No referral {id} visible to you.");
        return referral;
    }
}
