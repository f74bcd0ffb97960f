using Dispatch.Server.Commands;
using Dispatch.Server.Referrals.Lifecycle;
using static Dispatch.Tests.Referrals.ReferralSamples;

namespace Dispatch.Tests.Referrals;

/// <summary>The right person at the wrong time gets a conflict naming the state, and nothing moves.</summary>
public sealed class OutOfOrderActionsAreRefusedAndChangeNothing
{
    private static IEnumerable<TestCaseData> Cases()
    {
        var byRightActor = new (ReferralState State, ReferralAction Action, Actor By)[]
        {
            (ReferralState.Identified, ReferralAction.Match, Dispatcher),
            (ReferralState.Requested, ReferralAction.Request, Doctor),
            (ReferralState.Requested, ReferralAction.AssignVehicle, Dispatcher),
            (ReferralState.Offered, ReferralAction.AssignVehicle, Dispatcher),
            (ReferralState.Offered, ReferralAction.Match, Dispatcher),
            (ReferralState.Accepted, ReferralAction.Accept, HospitalA),
            (ReferralState.Accepted, ReferralAction.Decline, HospitalA),
            (ReferralState.Accepted, ReferralAction.Escalate, Dispatcher),
            (ReferralState.VehicleAssigned, ReferralAction.OnBoard, Crew),
            (ReferralState.VehicleAssigned, ReferralAction.Arrive, Crew),
            (ReferralState.VehicleAssigned, ReferralAction.HandOver, HospitalA),
            (ReferralState.EnRouteToPatient, ReferralAction.EnRoute, Crew),
            (ReferralState.EnRouteToPatient, ReferralAction.Arrive, Crew),
            (ReferralState.InTransfer, ReferralAction.Cancel, Doctor),
            (ReferralState.InTransfer, ReferralAction.HandOver, HospitalA),
            (ReferralState.ArrivedAtHospital, ReferralAction.OnBoard, Crew),
            (ReferralState.HandedOver, ReferralAction.Cancel, Doctor),
            (ReferralState.HandedOver, ReferralAction.Fail, Dispatcher),
            (ReferralState.Cancelled, ReferralAction.Match, Dispatcher),
            (ReferralState.Cancelled, ReferralAction.Request, Doctor),
            (ReferralState.Failed, ReferralAction.Offer, Dispatcher),
            (ReferralState.Escalated, ReferralAction.Escalate, Dispatcher),
        };
        foreach (var (state, action, by) in byRightActor)
            yield return new TestCaseData(state, action, by).SetArgDisplayNames($"{action} in {state}");
    }

    [TestCaseSource(nameof(Cases))]
    public void Refused_with_conflict(ReferralState state, ReferralAction action, Actor actor)
    {
        var l = Stage.At(state);
        var before = Stage.Snapshot(l);
        var transitions = l.Transitions.Count;

        var ex = Assert.Throws<ReferralException>(() => Stage.Do(l, action, actor));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Kind, Is.EqualTo(RefusalKind.Conflict));
            Assert.That(ex.Code, Is.EqualTo("illegal-transition"));
            Assert.That(ex.Message, Does.Contain(state.ToString()));
            Assert.That(Stage.Snapshot(l), Is.EqualTo(before));
            Assert.That(l.Transitions, Has.Count.EqualTo(transitions));
        });
    }

    [Test]
    public void Missing_reason_is_invalid_input_not_a_transition()
    {
        var l = Stage.At(ReferralState.Offered);
        var before = Stage.Snapshot(l);
        var ex = Assert.Throws<ReferralException>(() => l.Decline(HospitalA, T0, "  "));
        Assert.That(ex!.Kind, Is.EqualTo(RefusalKind.Invalid));
        Assert.That(Stage.Snapshot(l), Is.EqualTo(before));
    }
}
