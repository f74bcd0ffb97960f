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
    private readonly StateMachine<ReferralState, Trigger> _machine;
    private readonly StateMachine<ReferralState, Trigger>.TriggerWithParameters<IReadOnlyList<HospitalCandidate>, IReadOnlyList<HospitalExclusion>> _matchTrigger;
    private readonly StateMachine<ReferralState, Trigger>.TriggerWithParameters<HospitalCandidate> _overrideTrigger;
    private readonly StateMachine<ReferralState, Trigger>.TriggerWithParameters<SceneHandOver> _fromSceneTrigger;
    private readonly StateMachine<ReferralState, Trigger>.TriggerWithParameters<string> _declineTrigger;
    private readonly StateMachine<ReferralState, Trigger>.TriggerWithParameters<string> _assignTrigger;
    private readonly StateMachine<ReferralState, Trigger>.TriggerWithParameters<string> _cancelTrigger;
    private readonly StateMachine<ReferralState, Trigger>.TriggerWithParameters<string> _escalateTrigger;
    private readonly StateMachine<ReferralState, Trigger>.TriggerWithParameters<string> _failTrigger;

    private readonly List<TransitionRecord> _transitions = [];

    // The command being applied; entry actions read it to stamp times and reasons.
    private Actor _actor = Actor.System;
    private ReferralAction _action;
    private DateTimeOffset _now;
    private string? _withdrawnFrom;

    public ReferralLifecycle(Referral referral, OfferTimeouts timeouts)
    {
        _referral = referral;
        _timeouts = timeouts;
        _machine = new StateMachine<ReferralState, Trigger>(() => _referral.State, s => _referral.State = s);

        _matchTrigger = _machine.SetTriggerParameters<IReadOnlyList<HospitalCandidate>, IReadOnlyList<HospitalExclusion>>(Trigger.Match);
        _overrideTrigger = _machine.SetTriggerParameters<HospitalCandidate>(Trigger.Override);
        _fromSceneTrigger = _machine.SetTriggerParameters<SceneHandOver>(Trigger.RequestFromScene);
        _declineTrigger = _machine.SetTriggerParameters<string>(Trigger.Decline);
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
    public ReferralState State => _referral.State;

    /// <summary>Steps taken since this lifecycle was built; persistence appends them to the audit stream.</summary>
    public IReadOnlyList<TransitionRecord> Transitions => _transitions;

    private bool Urgent => _referral.Priority == Priority.Immediate;
    private bool CandidateLeft => _referral.NextCandidate < _referral.Candidates.Count;

    private void Configure()
    {
        _machine.Configure(ReferralState.Identified)
            .Permit(Trigger.Request, ReferralState.Requested)
            .PermitIf(Trigger.RequestFromScene, ReferralState.Requested, () => _referral.CallId is not null, "raised from a 120 call")
            .Permit(Trigger.Cancel, ReferralState.Cancelled);

        _machine.Configure(ReferralState.Requested)
            .OnEntryFrom(Trigger.Request, () => _referral.Timeline.RequestedAt ??= _now, "stamp call received")
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
            .Permit(Trigger.Decline, ReferralState.Declined)
            .Permit(Trigger.OfferTimedOut, ReferralState.Declined)
            .PermitReentry(Trigger.Override)
            .Permit(Trigger.Escalate, ReferralState.Escalated)
            .OnExit(t => { if (t.Trigger != Trigger.Accept) WithdrawOffer(); }, "withdraw the offer unless accepted");
        HospitalPending(ReferralState.Offered);

        _machine.Configure(ReferralState.Declined)
            .OnEntryFrom(_declineTrigger, reason => Respond("declined", reason), "record the refusal")
            .OnEntryFrom(Trigger.OfferTimedOut, () => Respond("timed-out", "No answer before the offer expired."), "record the timeout")
            .PermitIf(Trigger.OfferNext, ReferralState.Offered, () => CandidateLeft, "a candidate is left")
            .PermitIf(Trigger.OfferNext, ReferralState.Escalated, () => !CandidateLeft, "no candidate left")
            .Permit(Trigger.Override, ReferralState.Offered)
            .Permit(Trigger.Escalate, ReferralState.Escalated);
        HospitalPending(ReferralState.Declined);

        _machine.Configure(ReferralState.Escalated)
            .OnEntryFrom(Trigger.OfferNext, () => _referral.Reason = "No candidate hospital left: a dispatcher must act.", "note why")
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
            .OnEntry(() => _referral.Timeline.TransferOfCareAt ??= _now, "stamp transfer of care");

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

    /// <summary>Keeps the ranked candidates and asks the first; with none left the referral is escalated.</summary>
    public void Match(Actor actor, DateTimeOffset at, IReadOnlyList<HospitalCandidate> candidates, IReadOnlyList<HospitalExclusion> exclusions) =>
        Run(ReferralAction.Match, actor, at, () =>
        {
            Fire(ReferralAction.Match, () => _machine.Fire(_matchTrigger, candidates, exclusions));
            Fire(ReferralAction.OfferNext, () => _machine.Fire(Trigger.OfferNext));
        });

    /// <summary>Dispatcher override: ask a hospital of their choice now.</summary>
    public void Offer(Actor actor, DateTimeOffset at, HospitalCandidate hospital) =>
        Run(ReferralAction.Offer, actor, at, () => Fire(ReferralAction.Offer, () => _machine.Fire(_overrideTrigger, hospital)));

    public void Accept(Actor actor, DateTimeOffset at) =>
        Run(ReferralAction.Accept, actor, at, () => Fire(ReferralAction.Accept, () => _machine.Fire(Trigger.Accept)));

    public void Decline(Actor actor, DateTimeOffset at, string reason) =>
        Run(ReferralAction.Decline, actor, at, () =>
        {
            Fire(ReferralAction.Decline, () => _machine.Fire(_declineTrigger, Required(reason, "reason")), reason);
            Fire(ReferralAction.OfferNext, () => _machine.Fire(Trigger.OfferNext));
        });

    /// <summary>The countdown of offer <paramref name="offerNumber"/> ran out; a stale timer is refused.</summary>
    public void TimeOutOffer(Actor actor, DateTimeOffset at, int offerNumber) =>
        Run(ReferralAction.OfferTimedOut, actor, at, () =>
        {
            if (_referral.State != ReferralState.Offered || _referral.OfferNumber != offerNumber)
                throw new ReferralException(RefusalKind.Conflict, "stale-timer",
                    $"Offer {offerNumber} is no longer open (referral is {_referral.State}, offer {_referral.OfferNumber}).");
            Fire(ReferralAction.OfferTimedOut, () => _machine.Fire(Trigger.OfferTimedOut), "offer timed out");
            Fire(ReferralAction.OfferNext, () => _machine.Fire(Trigger.OfferNext));
        });

    public void AssignVehicle(Actor actor, DateTimeOffset at, string vehicleId) =>
        Run(ReferralAction.AssignVehicle, actor, at,
            () => Fire(ReferralAction.AssignVehicle, () => _machine.Fire(_assignTrigger, Required(vehicleId, "vehicleId")), vehicleId));

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
        return Enum.GetValues<ReferralAction>()
            .Where(a => ToTrigger(a) is { } t && _machine.CanFire(t) && ReferralPermissions.Allows(a, actor, _referral))
            .ToList();
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
    }

    private void OfferToNextCandidate()
    {
        var candidate = _referral.Candidates[_referral.NextCandidate];
        _referral.NextCandidate++;
        OfferTo(candidate);
    }

    private void OfferTo(HospitalCandidate hospital)
    {
        _referral.OfferedHospitalId = hospital.HospitalId;
        _referral.OfferNumber++;
        _referral.OfferExpiresAt = _now + _timeouts.For(_referral.Priority);
        _referral.Timeline.FirstOfferedAt ??= _now;
    }

    private void WithdrawOffer()
    {
        // Declined's entry records the answer against this hospital after the offer has ended.
        _withdrawnFrom = _referral.OfferedHospitalId;
        _referral.OfferedHospitalId = null;
        _referral.OfferExpiresAt = null;
    }

    private void Respond(string outcome, string reason) =>
        _referral.Responses.Add(new HospitalResponse(_withdrawnFrom ?? "?", _referral.OfferNumber, outcome, reason, _now));

    private void Accept()
    {
        _referral.AcceptedHospitalId = _referral.OfferedHospitalId;
        _referral.OfferExpiresAt = null;
        _referral.Timeline.AcceptedAt ??= _now;
    }

    private void TakeOverFromScene(SceneHandOver handOver)
    {
        _referral.Timeline.RequestedAt ??= _now;
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
