using Dispatch.Server.Realtime;
using Dispatch.Server.Registry.People;
using Dispatch.Server.Registry.Persistence;
using Microsoft.AspNetCore.SignalR;

namespace Dispatch.Server.Registry.Alerts;

/// <summary>Raises "refer now" and "review" alerts over the hub to the facility's doctors (the facility:{id} group).</summary>
public sealed class RegisterAlerts(IHubContext<DispatchHub> hub, TimeProvider clock, ILogger<RegisterAlerts> log)
{
    public const string Event = nameof(Realtime.IDispatchClient.RegisterAlert);

    public async Task RaiseAsync(PersonRow person, TriggerOutcome outcome, CancellationToken ct)
    {
        var alert = new RegisterAlert(person.Id.ToString(), person.Name, Codes.Parse<Dispatch.Server.Referrals.Requests.Tier>(person.Tier), outcome.Kind, outcome.Reasons, person.LastSpo2, clock.GetUtcNow());
        try
        {
            await hub.Clients.Group(HubGroups.Facility(person.FacilityId)).SendAsync(Event, alert, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The contact is stored and the person shows in the register as infected or low; the alert is what is lost.
            log.LogWarning(e, "Could not push a register alert for facility {Facility}", person.FacilityId);
        }
    }
}
