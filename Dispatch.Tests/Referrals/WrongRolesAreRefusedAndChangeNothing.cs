using Dispatch.Server.Commands;
using Dispatch.Server.Referrals.Lifecycle;
using static Dispatch.Tests.Referrals.ReferralSamples;

namespace Dispatch.Tests.Referrals;

/// <summary>Each action in a state where it is legal, tried by everyone who must not take it.</summary>
public sealed class WrongRolesAreRefusedAndChangeNothing
{
    private static IEnumerable<TestCaseData> Cases()
    {
        var everyone = new[] { Doctor, OtherDoctor, Dispatcher, HospitalA, HospitalB, Crew, OtherCrew, Admin, Actor.System };
        var allowed = new (ReferralState State, ReferralAction Action, Actor[] May)[]
        {
            (ReferralState.Identified, ReferralAction.Request, [Doctor]),
            (ReferralState.Requested, ReferralAction.Match, [Dispatcher, Actor.System]),
            (ReferralState.Requested, ReferralAction.Offer, [Dispatcher]),
            (ReferralState.Offered, ReferralAction.Accept, [HospitalA]),
            (ReferralState.Offered, ReferralAction.Decline, [HospitalA]),
            (ReferralState.Offered, ReferralAction.OfferTimedOut, [Actor.System]),
            (ReferralState.Offered, ReferralAction.Escalate, [Dispatcher, Actor.System]),
            (ReferralState.Offered, ReferralAction.Cancel, [Doctor]),
            (ReferralState.Accepted, ReferralAction.AssignVehicle, [Dispatcher]),
            (ReferralState.Accepted, ReferralAction.Fail, [Dispatcher]),
            (ReferralState.VehicleAssigned, ReferralAction.EnRoute, [Crew]),
            (ReferralState.EnRouteToPatient, ReferralAction.OnScene, [Crew]),
            (ReferralState.EnRouteToPatient, ReferralAction.OnBoard, [Crew]),
            (ReferralState.InTransfer, ReferralAction.Arrive, [Crew]),
            (ReferralState.ArrivedAtHospital, ReferralAction.HandOver, [HospitalA]),
        };
        foreach (var (state, action, may) in allowed)
            foreach (var actor in everyone.Except(may))
                yield return new TestCaseData(state, action, actor).SetArgDisplayNames($"{action} in {state} by {actor.Role}:{actor.Name}");
    }

    [TestCaseSource(nameof(Cases))]
    public void Refused_with_forbidden(ReferralState state, ReferralAction action, Actor actor)
    {
        var l = Stage.At(state);
        var before = Stage.Snapshot(l);

        var ex = Assert.Throws<ReferralException>(() => Stage.Do(l, action, actor));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Kind, Is.EqualTo(RefusalKind.Forbidden));
            Assert.That(ex.Message, Is.Not.Empty);
            Assert.That(Stage.Snapshot(l), Is.EqualTo(before));
        });
    }

    [Test]
    public void The_right_people_succeed_in_the_same_states()
    {
        // Guards against the refusal table passing only because the action was impossible anyway.
        var l = Stage.At(ReferralState.ArrivedAtHospital);
        Stage.Do(l, ReferralAction.HandOver, HospitalA);
        Assert.That(l.State, Is.EqualTo(ReferralState.HandedOver));
    }

    [Test]
    public void Only_the_hospital_asked_may_answer_after_the_offer_moved()
    {
        var l = Stage.At(ReferralState.Offered);
        l.Decline(HospitalA, T0, "no ICU bed");

        var ex = Assert.Throws<ReferralException>(() => l.Accept(HospitalA, T0));
        Assert.That(ex!.Code, Is.EqualTo("not-offered-hospital"));
        l.Accept(HospitalB, T0);
        Assert.That(l.Referral.AcceptedHospitalId, Is.EqualTo("hosp-b"));
    }
}
