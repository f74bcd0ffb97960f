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
    IOptions<ReferralOptions> options,
    TimeProvider clock,
    ILogger<ReferralWorkflow> log)
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
        var outcome = await runner.RunAsync("The referral", IdempotencyKey.For(idempotencyKey, actor.Name, "referrals/create"), command =>
            {
                var referral = NewReferral(Guid.CreateVersion7().ToString("N"), actor, request, callId: null, origin: null);
                var lifecycle = new ReferralLifecycle(referral, Timeouts);
                lifecycle.Request(actor, referral.CreatedAt);
                StageNew(command, referral, lifecycle.Transitions, ct);
                return Task.FromResult(referral);
            }, r => r.Id, priorId => LoadVisibleAsync(priorId, actor));
        if (outcome.Replayed) return (outcome.Value, false);
        return (await AutoMatchAsync(outcome.Value, ct), true);
    }

    /// <summary>
    /// The referral of the patient of a 120 call, as the emergency centre raises it from the scene: hospitals are ranked
    /// from there, and the call's ambulance, already with (or on its way to) the patient, carries the transfer. The
    /// caller stages it together with the call's claim and the ambulance's hand-over.
    /// </summary>
    public Referral StageFromScene(CommandContext command, Actor actor, string referralId, GreenChannelRequest request, ReferralOrigin origin, SceneHandOver handOver, CancellationToken ct)
    {
        Validate(request);
        var referral = NewReferral(referralId, actor, request, handOver.CallId, origin);
        var lifecycle = new ReferralLifecycle(referral, Timeouts);
        lifecycle.RequestFromScene(actor, referral.CreatedAt, handOver);
        StageNew(command, referral, lifecycle.Transitions, ct);
        return referral;
    }

    private void StageNew(CommandContext command, Referral referral, IReadOnlyList<TransitionRecord> transitions, CancellationToken ct)
    {
        referral.Version = 1;
        ReferralStore.Stage(command.Commit, referral, expectedVersion: 0, previousTimer: null, transitions);
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

    private Referral NewReferral(string id, Actor actor, GreenChannelRequest request, string? callId, ReferralOrigin? origin)
    {
        var now = clock.GetUtcNow();
        return new Referral
        {
            Id = id,
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
        var at = current.Origin is { } scene ? (scene.Lon, scene.Lat) : facilities.FacilityLocation(current.FacilityId)
            ?? throw new ReferralException(RefusalKind.Conflict, "unknown-location", $"Facility {current.FacilityId} has no known location.");
        var now = clock.GetUtcNow();
        var ranking = await matcher.RankAsync(
            new MatchQuery(at.Lon, at.Lat, current.Request.RequiredCapabilities, current.Priority, now + options.Value.MatchBudget), ct);
        return await ExecuteAsync(id, actor, (l, t) => l.Match(actor, t, ranking.Candidates, ranking.Exclusions), idempotencyKey, ct, "match");
    }

    /// <summary>Dispatcher override: offer to a hospital of their choice.</summary>
    public Task<Referral> OfferAsync(string id, Actor actor, string hospitalId, string? idempotencyKey, CancellationToken ct)
    {
        var hospital = facilities.FindHospital(hospitalId ?? "")
            ?? throw new ReferralValidationException(new Dictionary<string, string[]> { ["hospitalId"] = [$"Unknown hospital {hospitalId}."] });
        return ExecuteAsync(id, actor, (l, t) =>
        {
            var ranked = l.Referral.Candidates.FirstOrDefault(c => c.HospitalId == hospital.Id);
            l.Offer(actor, t, ranked ?? new HospitalCandidate(hospital.Id, hospital.Name, null));
        }, idempotencyKey, ct, "offer");
    }

    /// <summary>
    /// A dispatcher assigns a vehicle of the region's fleet: the vehicle is taken in the same atomic write as the
    /// referral records it, so a vehicle serving a 120 call, or another referral, is never sent here too.
    /// </summary>
    public Task<Referral> AssignVehicleAsync(string id, Actor actor, string vehicleId, string? idempotencyKey, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(vehicleId) && vehicles.Find(vehicleId) is null)
            throw new ReferralValidationException(new Dictionary<string, string[]> { ["vehicleId"] = [$"Unknown vehicle {vehicleId}."] });
        return ExecuteAsync(id, actor, (l, t) => l.AssignVehicle(actor, t, vehicleId), idempotencyKey, ct, "assign-vehicle");
    }

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
                    var lifecycle = new ReferralLifecycle(referral, Timeouts);
                    command(lifecycle, clock.GetUtcNow());
                    referral.Version = before.Version + 1;
                    ReferralStore.Stage(context.Commit, referral, before.Version, ReferralStore.OfferTimer(before)?.Member, lifecycle.Transitions);
                    await mission.StageAsync(context, before, referral, lifecycle.Transitions);
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
        if (referral is null || !ReferralAudience.CanSee(actor, referral))
            throw new ReferralException(RefusalKind.NotFound, "not-found", $"No referral {id} visible to you.");
        return referral;
    }
}
