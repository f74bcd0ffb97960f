using Dispatch.Server.Commands;
using Dispatch.Server.Referrals.Requests;
using Stateless;
using Stateless.Graph;

namespace Dispatch.Server.Referrals.Lifecycle;

/// <summary>
/// The green-channel state machine for one referral. The state lives on the <see cref="Referral"/>
/// (read and written through the machine's accessor/mutator), so a lifecycle can be rebuilt over any
/// stored referral. Not thread-safe: one caller changes one referral at a time, and persistence
/// rejects a stale version.
/// Every command first checks the actor's role (403), then asks the machine (409); a refused
/// command changes nothing.
/// </summary>
public sealed class ReferralLifecycle
{
    private enum Trigger
    {
        Request,
        RequestFromScene,
        Match,
        OfferNext,
        Override,
        Widen,
        Accept,
        Decline,
        OfferTimedOut,
        AssignVehicle,
        EnRoute,
        OnScene,
        OnBoard,
        Arrive,
        HandOver,
        Cancel,
        Escalate,
        Fail,
    }

    private readonly Referral _referral;
    private readonly OfferTimeouts _timeouts;
    private readonly TotalBudgets _totals;
    private readonly StateMachine<ReferralState, Trigger> _machine;
    private readonly StateMachine<ReferralState, Trigger>.TriggerWithParameters<IReadOnlyList<HospitalCandidate>, IReadOnlyList<HospitalExclusion>> _matchTrigger;
    private readonly StateMachine<ReferralState, Trigger>.TriggerWithParameters<HospitalCandidate> _overrideTrigger;
    private readonly StateMachine<ReferralState, Trigger>.TriggerWithParameters<SceneHandOver> _fromSceneTrigger;
    private readonly StateMachine<ReferralState, Trigger>.TriggerWithParameters<string> _declineTrigger;
    private readonly StateMachine<ReferralState, Trigger>.TriggerWithParameters<int> _widenTrigger;
    private readonly StateMachine<ReferralState, Trigger>.TriggerWithParameters<string> _assignTrigger;
    private readonly StateMachine<ReferralState, Trigger>.TriggerWithParameters<string> _cancelTrigger;
    private readonly StateMachine<ReferralState, Trigger>.TriggerWithParameters<string> _escalateTrigger;
    private readonly StateMachine<ReferralState, Trigger>.TriggerWithParameters<string> _failTrigger;

    private readonly List<TransitionRecord> _transitions = [];

    // The command being applied; entry actions read it to stamp times and reasons.
    private Actor _actor = Actor.System;
    private ReferralAction _action;
    private DateTimeOffset _now;
    private List<string> _withdrawnFrom = [];

    public ReferralLifecycle(Referral referral, OfferTimeouts timeouts, TotalBudgets? totals = null)
    {
        _referral = referral;
        _timeouts = timeouts;
        _totals = totals ?? new TotalBudgets();
        _machine = new StateMachine<ReferralState, Trigger>(() => _referral.State, s => _referral.State = s);

        _matchTrigger = _machine.SetTriggerParameters<IReadOnlyList<HospitalCandidate>, IReadOnlyList<HospitalExclusion>>(Trigger.Match);
        _overrideTrigger = _machine.SetTriggerParameters<HospitalCandidate>(Trigger.Override);
        _fromSceneTrigger = _machine.SetTriggerParameters<SceneHandOver>(Trigger.RequestFromScene);
        _declineTrigger = _machine.SetTriggerParameters<string>(Trigger.Decline);
        _widenTrigger = _machine.SetTriggerParameters<int>(Trigger.Widen);
        _assignTrigger = _machine.SetTriggerParameters<string>(Trigger.AssignVehicle);
        _cancelTrigger = _machine.SetTriggerParameters<string>(Trigger.Cancel);
        _escalateTrigger = _machine.SetTriggerParameters<string>(Trigger.Escalate);
        _failTrigger = _machine.SetTriggerParameters<string>(Trigger.Fail);

        _machine.OnUnhandledTrigger((state, _, unmetGuards) =>
        {
            var why = unmetGuards is { Count: > 0 } ? $" Requires: {string.Join("; ", unmetGuards)}." : "";
            throw new ReferralException(RefusalKind.Conflict, "illegal-transition",
                $"Cannot {ReferralPermissions.Verb(_action)} a referral that is {state}.{why}");
        });

        Configure();
    }

    public Referral Referral => _referral;

    /// <summary>
    /// Asks about a hospital as it is at the moment of an offer (capability, beds, diversion): null when it can be
    /// asked, else why not. Without it (tests of the bare machine) every ranked hospital can be asked.
    /// </summary>
    public Func<string, HospitalExclusion?>? CheckHospital { get; init; }

    /// <summary>Which capability's bed an acceptance by this hospital holds (null: the hospital does not count beds for what is needed).</summary>
    public Func<string, string?>? BedFor { get; init; }

    /// <summary>
    /// Why this hospital has no free bed of this capability now (null: it has one). An acceptance beyond the count needs
    /// the hospital's confirmation, so two desks cannot both take the last bed without one of them knowing.
    /// </summary>
    public Func<string, string, HospitalExclusion?>? NoFreeBed { get; init; }
    public ReferralState State => _referral.State;

    /// <summary>Steps taken since this lifecycle was built; persistence appends them to the audit stream.</summary>
    public IReadOnlyList<TransitionRecord> Transitions => _transitions;

    private bool Urgent => _referral.Priority == Priority.Immediate;
    private bool CandidateLeft => EligibleAfter(_referral.NextCandidate) is not null;

    /// <summary>The next ranked hospital that passes its check now, from <paramref name="from"/> on.</summary>
    private int? EligibleAfter(int from)
    {
        for (var i = from; i < _referral.Candidates.Count; i++)
            if (CheckHospital?.Invoke(_referral.Candidates[i].HospitalId) is null && !AskedAlready(_referral.Candidates[i].HospitalId))
                return i;
        return null;
    }

    // Asked now, or refused since this ranking was made: the next round does not ask it again.
    private bool AskedAlready(string hospitalId) =>
        _referral.IsOfferedTo(hospitalId)
        || _referral.Responses.Any(r => r.HospitalId == hospitalId && r.Outcome == ResponseOutcome.Declined && (_referral.RankedAt is not { } ranked || r.At >= ranked));

    // Another hospital of a parallel round still holds the offer, so one refusal does not end the round.
    private bool OthersStillAsked => _referral.OfferedHospitalIds.Any(h => h != _actor.HospitalId);

    private bool BudgetSpent => _referral is { AcceptanceDueAt: { } due, BudgetEscalatedAt: null } && _now >= due;

    private void Configure()
    {
        _machine.Configure(ReferralState.Identified)
            .Permit(Trigger.Request, ReferralState.Requested)
            .PermitIf(Trigger.RequestFromScene, ReferralState.Requested, () => _referral.CallId is not null, "raised from a 120 call")
            .Permit(Trigger.Cancel, ReferralState.Cancelled);

        _machine.Configure(ReferralState.Requested)
            .OnEntryFrom(Trigger.Request, StartClock, "stamp call received, start the acceptance budget")
            .OnEntryFrom(_fromSceneTrigger, TakeOverFromScene, "stamp call received, keep the call's ambulance and its progress")
            .Permit(Trigger.Match, ReferralState.Matching)
            .Permit(Trigger.Override, ReferralState.Offered)
            .Permit(Trigger.Escalate, ReferralState.Escalated);
        HospitalPending(ReferralState.Requested);

        _machine.Configure(ReferralState.Matching)
            .OnEntryFrom(_matchTrigger, (candidates, exclusions) => Rank(candidates, exclusions), "keep ranking and exclusions")
            .PermitIf(Trigger.OfferNext, ReferralState.Offered, () => CandidateLeft, "a candidate is left")
            .PermitIf(Trigger.OfferNext, ReferralState.Escalated, () => !CandidateLeft, "no candidate left")
            .Permit(Trigger.Override, ReferralState.Offered)
            .Permit(Trigger.Escalate, ReferralState.Escalated);
        HospitalPending(ReferralState.Matching);

        _machine.Configure(ReferralState.Offered)
            .OnEntryFrom(Trigger.OfferNext, OfferToNextCandidate, "offer to next candidate, start countdown")
            .OnEntryFrom(_overrideTrigger, OfferTo, "offer to the dispatcher's choice, start countdown")
            .PermitIf(Trigger.Accept, ReferralState.Accepted, () => _referral.VehicleId is null, "no vehicle assigned yet")
            .PermitIf(Trigger.Accept, ReferralState.VehicleAssigned,
                () => _referral.VehicleId is not null && _referral.Timeline.EnRouteAt is null, "urgent vehicle already assigned")
            .PermitIf(Trigger.Accept, ReferralState.EnRouteToPatient,
                () => _referral.VehicleId is not null && _referral.Timeline.EnRouteAt is not null, "urgent vehicle already en route")
            .PermitIf(Trigger.Decline, ReferralState.Declined, () => !OthersStillAsked, "no other hospital of the round still asked")
            .InternalTransitionIf(_declineTrigger, _ => OthersStillAsked, (reason, _) => DeclineOne(reason), "another hospital of the round still asked")
            .InternalTransitionIf(_widenTrigger, _ => CandidateLeft, (width, _) => Widen(width), "a candidate is left")
            .Permit(Trigger.OfferTimedOut, ReferralState.Declined)
            .PermitReentry(Trigger.Override)
            .Permit(Trigger.Escalate, ReferralState.Escalated)
            .OnExit(t => { if (t.Trigger != Trigger.Accept) WithdrawOffer(); }, "withdraw the offer unless accepted");
        HospitalPending(ReferralState.Offered);

        _machine.Configure(ReferralState.Declined)
            .OnEntryFrom(_declineTrigger, reason => Respond(ResponseOutcome.Declined, reason), "record the refusal")
            .OnEntryFrom(Trigger.OfferTimedOut, () => Respond(ResponseOutcome.TimedOut, ReferralReasons.OfferTimedOut), "record the timeout")
            .PermitIf(Trigger.OfferNext, ReferralState.Offered, () => CandidateLeft, "a candidate is left")
            .PermitIf(Trigger.OfferNext, ReferralState.Escalated, () => !CandidateLeft, "no candidate left")
            .Permit(Trigger.Override, ReferralState.Offered)
            .Permit(Trigger.Escalate, ReferralState.Escalated);
        HospitalPending(ReferralState.Declined);

        _machine.Configure(ReferralState.Escalated)
            .OnEntryFrom(Trigger.OfferNext, NoCandidateLeft, "note why, and which hospitals were skipped")
            .OnEntryFrom(_escalateTrigger, reason => _referral.Reason = reason, "note why")
            .Permit(Trigger.Match, ReferralState.Matching)
            .Permit(Trigger.Override, ReferralState.Offered);
        HospitalPending(ReferralState.Escalated);

        _machine.Configure(ReferralState.Accepted)
            .OnEntryFrom(Trigger.Accept, Accept, "record the accepting hospital")
            .Permit(Trigger.AssignVehicle, ReferralState.VehicleAssigned)
            .Permit(Trigger.Cancel, ReferralState.Cancelled)
            .Permit(Trigger.Fail, ReferralState.Failed);

        _machine.Configure(ReferralState.VehicleAssigned)
            .OnEntryFrom(Trigger.Accept, Accept, "record the accepting hospital")
            .OnEntryFrom(_assignTrigger, AssignVehicle, "notify the unit")
            .InternalTransition(_assignTrigger, (vehicleId, _) => AssignVehicle(vehicleId))
            .Permit(Trigger.EnRoute, ReferralState.EnRouteToPatient)
            .Permit(Trigger.Cancel, ReferralState.Cancelled)
            .Permit(Trigger.Fail, ReferralState.Failed);

        _machine.Configure(ReferralState.EnRouteToPatient)
            .OnEntryFrom(Trigger.Accept, Accept, "record the accepting hospital")
            .OnEntryFrom(Trigger.EnRoute, () => _referral.Timeline.EnRouteAt ??= _now, "stamp en route")
            .InternalTransitionIf(Trigger.OnScene, _ => _referral.Timeline.AtPatientAt is null, _ => _referral.Timeline.AtPatientAt = _now,
                "not yet reported on scene")
            .Permit(Trigger.OnBoard, ReferralState.InTransfer)
            .Permit(Trigger.Cancel, ReferralState.Cancelled)
            .Permit(Trigger.Fail, ReferralState.Failed);

        _machine.Configure(ReferralState.InTransfer)
            .OnEntry(() => _referral.Timeline.PatientOnBoardAt ??= _now, "stamp patient on board")
            .Permit(Trigger.Arrive, ReferralState.ArrivedAtHospital)
            .Permit(Trigger.Fail, ReferralState.Failed);

        _machine.Configure(ReferralState.ArrivedAtHospital)
            .OnEntry(() => _referral.Timeline.ArrivedAtDestinationAt ??= _now, "stamp arrival")
            .Permit(Trigger.HandOver, ReferralState.HandedOver)
            .Permit(Trigger.Fail, ReferralState.Failed);

        _machine.Configure(ReferralState.HandedOver)
            .OnEntry(() =>
            {
                _referral.Timeline.TransferOfCareAt ??= _now;
                if (_referral.ReservedBed is { Holds: true } bed) _referral.ReservedBed = bed with { OccupiedAt = _now };
            }, "stamp transfer of care; the reserved bed is now occupied");

        _machine.Configure(ReferralState.Cancelled)
            .OnEntryFrom(_cancelTrigger, Close, "record the reason");

        _machine.Configure(ReferralState.Failed)
            .OnEntryFrom(_failTrigger, Close, "record the reason");
    }

    /// <summary>
    /// While no hospital has accepted: the doctor may cancel, a dispatcher may fail the referral, and for
    /// priority 1 a vehicle may already be dispatched and report its progress to the patient.
    /// </summary>
    private void HospitalPending(ReferralState state)
    {
        _machine.Configure(state)
            .Permit(Trigger.Cancel, ReferralState.Cancelled)
            .Permit(Trigger.Fail, ReferralState.Failed)
            .InternalTransitionIf(_assignTrigger, _ => Urgent, (vehicleId, _) => AssignVehicle(vehicleId),
                "priority 1: vehicle dispatched before acceptance")
            .InternalTransitionIf(Trigger.EnRoute, _ => _referral.VehicleId is not null && _referral.Timeline.EnRouteAt is null,
                _ => _referral.Timeline.EnRouteAt = _now, "early vehicle not yet en route")
            .InternalTransitionIf(Trigger.OnScene, _ => _referral.Timeline.EnRouteAt is not null && _referral.Timeline.AtPatientAt is null,
                _ => _referral.Timeline.AtPatientAt = _now, "early vehicle en route");
    }

    // ---- commands -------------------------------------------------------------------------------

    public void Request(Actor actor, DateTimeOffset at) =>
        Run(ReferralAction.Request, actor, at, () => Fire(ReferralAction.Request, () => _machine.Fire(Trigger.Request)));

    /// <summary>The emergency centre refers the patient of a 120 call; the call's ambulance stays with the patient.</summary>
    public void RequestFromScene(Actor actor, DateTimeOffset at, SceneHandOver handOver) =>
        Run(ReferralAction.Request, actor, at, () =>
        {
            if (handOver.CallId != _referral.CallId)
                throw new ReferralException(RefusalKind.Invalid, "call-mismatch", $"This referral was raised from call {_referral.CallId}, not {handOver.CallId}.");
            Fire(ReferralAction.Request, () => _machine.Fire(_fromSceneTrigger, handOver));
        });

    /// <summary>Keeps the ranked candidates and asks the first (or the first few, when offers go out in parallel); with none left the referral is escalated.</summary>
    public void Match(Actor actor, DateTimeOffset at, IReadOnlyList<HospitalCandidate> candidates, IReadOnlyList<HospitalExclusion> exclusions) =>
        Run(ReferralAction.Match, actor, at, () =>
        {
            Fire(ReferralAction.Match, () => _machine.Fire(_matchTrigger, candidates, exclusions));
            MoveOn();
        });

    /// <summary>Most hospitals one parallel round may ask.</summary>
    public const int MaxParallelWidth = 10;

    /// <summary>
    /// Dispatcher: ask the top <paramref name="width"/> capable hospitals at once; the first to accept wins. While an offer
    /// is open the round is widened with the next ranked hospitals; otherwise the fresh ranking is kept and its top asked.
    /// </summary>
    public void OfferParallel(Actor actor, DateTimeOffset at, int width, IReadOnlyList<HospitalCandidate> candidates, IReadOnlyList<HospitalExclusion> exclusions) =>
        Run(ReferralAction.OfferParallel, actor, at, () =>
        {
            if (width is < 2 or > MaxParallelWidth)
                throw new ReferralException(RefusalKind.Invalid, "invalid-width", $"Offer to 2 to {MaxParallelWidth} hospitals at once.");
            if (_referral.State == ReferralState.Offered)
            {
                Fire(ReferralAction.OfferParallel, () => _machine.Fire(_widenTrigger, width), $"width {width}");
                return;
            }
            _referral.ParallelWidth = width;
            Fire(ReferralAction.OfferParallel, () => _machine.Fire(_matchTrigger, candidates, exclusions), $"width {width}");
            MoveOn();
        });

    /// <summary>Dispatcher override: ask a hospital of their choice now; <paramref name="note"/> says which warning they overrode.</summary>
    public void Offer(Actor actor, DateTimeOffset at, HospitalCandidate hospital, string? note = null) =>
        Run(ReferralAction.Offer, actor, at, () => Fire(ReferralAction.Offer, () => _machine.Fire(_overrideTrigger, hospital), note));

    /// <param name="beyondFreeBeds">the hospital confirmed it takes the patient although its count shows no free bed of the needed capability.</param>
    public void Accept(Actor actor, DateTimeOffset at, bool beyondFreeBeds = false) =>
        Run(ReferralAction.Accept, actor, at, () =>
        {
            if (!beyondFreeBeds) RefuseWithoutFreeBed();
            Fire(ReferralAction.Accept, () => _machine.Fire(Trigger.Accept), beyondFreeBeds && WouldTakeBedBeyondCount() is not null ? ReferralReasons.AcceptedBeyondFreeBeds : null);
        });

    private void RefuseWithoutFreeBed()
    {
        if (WouldTakeBedBeyondCount() is not { } full) return;
        throw new ReferralException(RefusalKind.Conflict, "no-free-bed",
            $"{full.Name}: {full.Detail} Confirm to accept the patient beyond the reported beds.") { Exclusion = full };
    }

    private HospitalExclusion? WouldTakeBedBeyondCount()
    {
        // Anything else wrong with the acceptance (not offered, not this hospital) is the machine's refusal to give.
        if (_referral.State != ReferralState.Offered) return null;
        var hospital = _referral.IsOfferedTo(_actor.HospitalId) ? _actor.HospitalId! : _referral.OfferedHospitalId;
        if (hospital is null || BedFor?.Invoke(hospital) is not { } capability) return null;
        return NoFreeBed?.Invoke(hospital, capability);
    }

    public void Decline(Actor actor, DateTimeOffset at, string reason) =>
        Run(ReferralAction.Decline, actor, at, () =>
        {
            Fire(ReferralAction.Decline, () => _machine.Fire(_declineTrigger, Required(reason, "reason")), reason);
            // In a parallel round the others still hold the offer; only the last refusal moves on.
            if (_referral.State == ReferralState.Declined) MoveOn();
        });

    /// <summary>The countdown of offer <paramref name="offerNumber"/> ran out; a stale timer is refused.</summary>
    public void TimeOutOffer(Actor actor, DateTimeOffset at, int offerNumber) =>
        Run(ReferralAction.OfferTimedOut, actor, at, () =>
        {
            if (_referral.State != ReferralState.Offered || _referral.OfferNumber != offerNumber)
                throw new ReferralException(RefusalKind.Conflict, "stale-timer",
                    $"Offer {offerNumber} is no longer open (referral is {_referral.State}, offer {_referral.OfferNumber}).");
            Fire(ReferralAction.OfferTimedOut, () => _machine.Fire(Trigger.OfferTimedOut), "offerTimedOut");
            MoveOn();
        });

    // After a ranking, a refusal or a timeout: past the total budget a dispatcher must act, whatever candidates are left.
    private void MoveOn()
    {
        if (BudgetSpent)
        {
            _referral.BudgetEscalatedAt = _now;
            Fire(ReferralAction.Escalate, () => _machine.Fire(_escalateTrigger, ReferralReasons.BudgetExceeded), ReferralReasons.BudgetExceeded);
            return;
        }
        Fire(ReferralAction.OfferNext, () => _machine.Fire(Trigger.OfferNext));
    }

    /// <summary>Assigns a vehicle; replacing one already assigned needs a reason, which the audit keeps instead of the vehicle id.</summary>
    public void AssignVehicle(Actor actor, DateTimeOffset at, string vehicleId, string? reason = null) =>
        Run(ReferralAction.AssignVehicle, actor, at, () =>
        {
            var replacing = _referral.VehicleId is { } current && current != vehicleId?.Trim();
            if (replacing && string.IsNullOrWhiteSpace(reason))
                throw new ReferralException(RefusalKind.Invalid, "missing-reason", "Replacing the assigned vehicle needs a reason.");
            Fire(ReferralAction.AssignVehicle, () => _machine.Fire(_assignTrigger, Required(vehicleId, "vehicleId")),
                replacing ? reason!.Trim() : vehicleId);
        });

    public void ReportEnRoute(Actor actor, DateTimeOffset at) =>
        Run(ReferralAction.EnRoute, actor, at, () => Fire(ReferralAction.EnRoute, () => _machine.Fire(Trigger.EnRoute)));

    public void ReportOnScene(Actor actor, DateTimeOffset at) =>
        Run(ReferralAction.OnScene, actor, at, () => Fire(ReferralAction.OnScene, () => _machine.Fire(Trigger.OnScene)));

    public void ReportOnBoard(Actor actor, DateTimeOffset at) =>
        Run(ReferralAction.OnBoard, actor, at, () => Fire(ReferralAction.OnBoard, () => _machine.Fire(Trigger.OnBoard)));

    public void ReportArrived(Actor actor, DateTimeOffset at) =>
        Run(ReferralAction.Arrive, actor, at, () => Fire(ReferralAction.Arrive, () => _machine.Fire(Trigger.Arrive)));

    public void ConfirmHandOver(Actor actor, DateTimeOffset at) =>
        Run(ReferralAction.HandOver, actor, at, () => Fire(ReferralAction.HandOver, () => _machine.Fire(Trigger.HandOver)));

    public void Cancel(Actor actor, DateTimeOffset at, string reason) =>
        Run(ReferralAction.Cancel, actor, at,
            () => Fire(ReferralAction.Cancel, () => _machine.Fire(_cancelTrigger, Required(reason, "reason")), reason));

    public void Escalate(Actor actor, DateTimeOffset at, string reason) =>
        Run(ReferralAction.Escalate, actor, at,
            () => Fire(ReferralAction.Escalate, () => _machine.Fire(_escalateTrigger, Required(reason, "reason")), reason));

    public void Fail(Actor actor, DateTimeOffset at, string reason) =>
        Run(ReferralAction.Fail, actor, at,
            () => Fire(ReferralAction.Fail, () => _machine.Fire(_failTrigger, Required(reason, "reason")), reason));

    /// <summary>Actions the actor could take right now (role and state both allow it).</summary>
    public IReadOnlyList<ReferralAction> PermittedActions(Actor actor)
    {
        var previous = _actor;
        _actor = actor;
        try
        {
            return Enum.GetValues<ReferralAction>()
                .Where(a => CanFire(a) && ReferralPermissions.Allows(a, actor, _referral))
                .ToList();
        }
        finally
        {
            _actor = previous;
        }
    }

    private bool CanFire(ReferralAction action)
    {
        if (action == ReferralAction.OfferParallel)
            return _referral.State == ReferralState.Offered ? _machine.CanFire(Trigger.Widen) : _machine.CanFire(Trigger.Match);
        return ToTrigger(action) is { } t && _machine.CanFire(t);
    }

    /// <summary>The state graph in Graphviz DOT, generated from this configuration.</summary>
    public static string DotGraph()
    {
        var sample = new Referral
        {
            Id = "graph",
            CreatedBy = "graph",
            Request = new GreenChannelRequest(new PatientSummary(0, Sex.Unknown, Tier.Green, "-", new Vitals(null, null, null, null, null, null)),
                [], Priority.Immediate, "-", []),
        };
        return UmlDotGraph.Format(new ReferralLifecycle(sample, new OfferTimeouts())._machine.GetInfo());
    }

    // ---- effects --------------------------------------------------------------------------------

    private void Rank(IReadOnlyList<HospitalCandidate> candidates, IReadOnlyList<HospitalExclusion> exclusions)
    {
        _referral.Candidates = [.. candidates];
        _referral.Exclusions = [.. exclusions];
        _referral.NextCandidate = 0;
        _referral.RankedAt = _now;
    }

    private void StartClock()
    {
        _referral.Timeline.RequestedAt ??= _now;
        _referral.AcceptanceDueAt ??= _referral.Timeline.RequestedAt + _totals.For(_referral.Priority);
    }

    private void OfferToNextCandidate()
    {
        var round = TakeEligible(Math.Max(1, _referral.ParallelWidth));
        OfferTo(round[0]);
        _referral.ParallelOfferedHospitalIds = round.Skip(1).Select(c => c.HospitalId).ToList();
    }

    /// <summary>Takes up to <paramref name="count"/> ranked hospitals that pass their check now; those that fail are noted as skipped.</summary>
    private List<HospitalCandidate> TakeEligible(int count)
    {
        var taken = new List<HospitalCandidate>();
        while (taken.Count < count && _referral.NextCandidate < _referral.Candidates.Count)
        {
            var candidate = _referral.Candidates[_referral.NextCandidate++];
            if (AskedAlready(candidate.HospitalId)) continue;
            if (CheckHospital?.Invoke(candidate.HospitalId) is { } unable)
                _referral.Exclusions.Add(unable with { Name = candidate.Name, SkippedAt = _now });
            else
                taken.Add(candidate);
        }
        return taken;
    }

    private void NoCandidateLeft()
    {
        TakeEligible(int.MaxValue);
        _referral.Reason = ReferralReasons.NoCandidateLeft;
    }

    private void OfferTo(HospitalCandidate hospital)
    {
        _referral.OfferedHospitalId = hospital.HospitalId;
        _referral.ParallelOfferedHospitalIds = [];
        StartCountdown();
    }

    // Every hospital of the round answers by the same time; never later than the total budget, unless that is already spent.
    private void StartCountdown()
    {
        _referral.OfferNumber++;
        var expires = _now + _timeouts.For(_referral.Priority);
        if (_referral.AcceptanceDueAt is { } due && due > _now && due < expires) expires = due;
        _referral.OfferExpiresAt = expires;
        _referral.Timeline.FirstOfferedAt ??= _now;
    }

    private void Widen(int width)
    {
        _referral.ParallelWidth = width;
        var more = TakeEligible(width - _referral.OfferedHospitalIds.Count);
        _referral.ParallelOfferedHospitalIds = [.. _referral.ParallelOfferedHospitalIds, .. more.Select(c => c.HospitalId)];
        StartCountdown();
    }

    /// <summary>One hospital of a parallel round refuses; the others keep the offer.</summary>
    private void DeclineOne(string reason)
    {
        var hospital = _actor.HospitalId!;
        _referral.Responses.Add(new HospitalResponse(hospital, _referral.OfferNumber, ResponseOutcome.Declined, reason.Trim(), _now));
        var rest = _referral.OfferedHospitalIds.Where(h => h != hospital).ToList();
        _referral.OfferedHospitalId = rest[0];
        _referral.ParallelOfferedHospitalIds = rest.Skip(1).ToList();
    }

    private void WithdrawOffer()
    {
        // Declined's entry records the answer against these hospitals after the offer has ended.
        _withdrawnFrom = [.. _referral.OfferedHospitalIds];
        _referral.OfferedHospitalId = null;
        _referral.ParallelOfferedHospitalIds = [];
        _referral.OfferExpiresAt = null;
    }

    private void Respond(ResponseOutcome outcome, string reason)
    {
        foreach (var hospital in _withdrawnFrom.DefaultIfEmpty("?"))
            _referral.Responses.Add(new HospitalResponse(hospital, _referral.OfferNumber, outcome, reason, _now));
    }

    private void Accept()
    {
        var winner = _referral.IsOfferedTo(_actor.HospitalId) ? _actor.HospitalId! : _referral.OfferedHospitalId!;
        // The first hospital of a parallel round to accept wins; the others' offers end here.
        foreach (var other in _referral.OfferedHospitalIds.Where(h => h != winner))
            _referral.Responses.Add(new HospitalResponse(other, _referral.OfferNumber, ResponseOutcome.Withdrawn, ReferralReasons.AcceptedElsewhere, _now));
        _referral.OfferedHospitalId = winner;
        _referral.ParallelOfferedHospitalIds = [];
        _referral.AcceptedHospitalId = winner;
        _referral.OfferExpiresAt = null;
        _referral.Timeline.AcceptedAt ??= _now;
        if (BedFor?.Invoke(winner) is { } capability)
            _referral.ReservedBed = new BedReservation(winner, capability, _now);
    }

    private void TakeOverFromScene(SceneHandOver handOver)
    {
        StartClock();
        _referral.VehicleId = handOver.VehicleId;
        _referral.Timeline.UnitNotifiedAt ??= handOver.DispatchedAt;
        _referral.Timeline.EnRouteAt ??= handOver.EnRouteAt;
        _referral.Timeline.AtPatientAt ??= handOver.OnSceneAt;
    }

    private void AssignVehicle(string vehicleId)
    {
        _referral.VehicleId = vehicleId;
        _referral.Timeline.UnitNotifiedAt ??= _now;
    }

    private void Close(string reason)
    {
        _referral.Reason = reason;
        if (_referral.ReservedBed is { Holds: true } bed) _referral.ReservedBed = bed with { ReleasedAt = _now };
        _referral.OfferExpiresAt = null;
        _referral.Timeline.ClosedAt ??= _now;
    }

    // ---- plumbing -------------------------------------------------------------------------------

    private void Run(ReferralAction action, Actor actor, DateTimeOffset at, Action body)
    {
        _action = action;
        ReferralPermissions.Demand(action, actor, _referral);
        _actor = actor;
        _now = at;
        body();
        _referral.UpdatedAt = at;
    }

    private void Fire(ReferralAction action, Action fire, string? reason = null)
    {
        _action = action;
        var from = _referral.State;
        fire();
        _transitions.Add(new TransitionRecord(action, _actor.Name, _actor.Role, _now, from, _referral.State, reason ?? AutomaticReason(action)));
    }

    private string? AutomaticReason(ReferralAction action) =>
        action == ReferralAction.OfferNext && _referral.State == ReferralState.Escalated ? _referral.Reason : null;

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new ReferralException(RefusalKind.Invalid, "missing-" + field, $"The {field} is required.")
            : value.Trim();

    private static Trigger? ToTrigger(ReferralAction action) => action switch
    {
        ReferralAction.Request => Trigger.Request,
        ReferralAction.Match => Trigger.Match,
        ReferralAction.Offer => Trigger.Override,
        ReferralAction.OfferParallel => Trigger.Widen,
        ReferralAction.OfferNext => Trigger.OfferNext,
        ReferralAction.Accept => Trigger.Accept,
        ReferralAction.Decline => Trigger.Decline,
        ReferralAction.OfferTimedOut => Trigger.OfferTimedOut,
        ReferralAction.AssignVehicle => Trigger.AssignVehicle,
        ReferralAction.EnRoute => Trigger.EnRoute,
        ReferralAction.OnScene => Trigger.OnScene,
        ReferralAction.OnBoard => Trigger.OnBoard,
        ReferralAction.Arrive => Trigger.Arrive,
        ReferralAction.HandOver => Trigger.HandOver,
        ReferralAction.Cancel => Trigger.Cancel,
        ReferralAction.Escalate => Trigger.Escalate,
        ReferralAction.Fail => Trigger.Fail,
        _ => null,
    };
}
