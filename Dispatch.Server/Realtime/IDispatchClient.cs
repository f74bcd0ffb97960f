using Dispatch.Server.Calls;
using Dispatch.Server.Coverage;
using Dispatch.Server.Coverage.MoveUps;
using Dispatch.Server.Facilities;
using Dispatch.Server.Fleet;
using Dispatch.Server.Oversight;
using Dispatch.Server.Referrals.Push;
using Dispatch.Server.Registry.Alerts;
using Dispatch.Server.Routing;

namespace Dispatch.Server.Realtime;

/// <summary>
/// Everything the hub pushes to its clients, in one place: each method is an event name, its parameter the payload.
/// The hub is typed with it, the senders name their events after it, and the OpenAPI document lists it under
/// <c>x-signalr</c> with the payloads' schemas, from which the console's hub types are generated.
/// </summary>
public interface IDispatchClient
{
    /// <summary>A batch of vehicle positions (dispatchers; a doctor or hospital for the vehicle on their referral).</summary>
    Task VehiclePositions(IReadOnlyList<VehiclePosition> batch);

    /// <summary>A vehicle's status changed (dispatchers and the vehicle's own device).</summary>
    Task VehicleStatusChanged(VehicleStatusChanged change);

    /// <summary>A 120 call changed (dispatchers; the assigned vehicle when it is cancelled or becomes a referral).</summary>
    Task CallChanged(Call call);

    /// <summary>A non-emergency transport booking changed (the person who booked it, on each of their consoles).</summary>
    Task BookingChanged(Call call);

    /// <summary>A call or transport was sent to this vehicle (its device).</summary>
    Task Assignment(Call call);

    /// <summary>A referral changed (everyone allowed to see it).</summary>
    Task ReferralChanged(ReferralSummary summary);

    /// <summary>A referral left this viewer's sight (offer moved on, vehicle swapped).</summary>
    Task ReferralWithdrawn(ReferralWithdrawn withdrawn);

    /// <summary>A referral needs a dispatcher (no candidate left, or its time budget ran out).</summary>
    Task ReferralEscalated(ReferralSummary summary);

    /// <summary>A priority-1 or red-tier patient's offer was refused or ran out (dispatchers), before the candidates run out.</summary>
    Task ReferralAlert(ReferralAlert alert);

    /// <summary>A hospital's beds or diversion changed (dispatchers and that hospital).</summary>
    Task HospitalChanged(Hospital hospital);

    /// <summary>A road closure was set or lifted (dispatchers): read the list again.</summary>
    Task RoadClosuresChanged(RoadClosureChanged change);

    /// <summary>A vehicle is late to depart or long on scene (dispatchers).</summary>
    Task Alert(OverdueAlert alert);

    /// <summary>The live coverage picture changed (dispatchers).</summary>
    Task CoverageChanged(CoverageView coverage);

    /// <summary>A move-up: the crew drives to a standby post (its device).</summary>
    Task Relocate(Relocation relocation);

    /// <summary>The key-population register asks a doctor to refer or review a person of their facility.</summary>
    Task RegisterAlert(RegisterAlert alert);
}
