using Dispatch.Server.Accounts;
using Dispatch.Server.Calls;
using Dispatch.Server.Commands;
using Dispatch.Server.Fleet;
using Microsoft.AspNetCore.SignalR;

namespace Dispatch.Server.Realtime;

public sealed partial class DispatchHub
{
    /// <summary>
    /// The crew reports a milestone of the call its vehicle serves: a vehicle status as the contract writes it ("enRoute",
    /// "onScene", "transporting", "atHospital", "returning", "available"); devices built before the names were camelCase
    /// send "EnRoute", which is read the same.
    /// </summary>
    public async Task<Call> ReportMilestone(string callId, string milestone, CallService calls)
    {
        var user = Context.User!;
        if (user.Role() != Roles.Vehicle || user.VehicleId() is not { } vehicleId)
            throw new HubException("Only the crew of the assigned vehicle may report mission milestones.");
        if (string.IsNullOrWhiteSpace(callId) || callId.Length > 64)
            throw new HubException("A call id is required.");
        if (string.IsNullOrEmpty(milestone) || char.IsDigit(milestone[0]) || !Enum.TryParse<VehicleStatus>(milestone, ignoreCase: true, out var status) || !Enum.IsDefined(status))
            throw new HubException($"Unknown milestone '{milestone}'.");
        return await RefusalResults.ForHubAsync(() => calls.ReportMilestoneAsync(vehicleId, callId, status));
    }

    /// <summary>What the device should be doing now, so a crew that reconnects picks its mission up again.</summary>
    public async Task<Call?> CurrentAssignment(FleetStore fleet, CallStore calls)
    {
        var user = Context.User!;
        if (user.Role() != Roles.Vehicle || user.VehicleId() is not { } vehicleId)
            throw new HubException("Only a vehicle device has assignments.");
        return await fleet.AssignmentAsync(vehicleId) is { } callId ? await calls.FindAsync(callId) : null;
    }

    /// <summary>The crew is back at the station (or free at the hospital) after a referral or call: the vehicle is Available again.</summary>
    /// <summary>The answer to <see cref="ReturnToService"/>: the vehicle's status as the contract writes it ("available").</summary>
    public async Task<string> ReturnToService(FleetStore fleet, CommandRunner runner, VehicleStatusPublisher statuses)
    {
        var user = Context.User!;
        if (user.Role() != Roles.Vehicle || user.VehicleId() is not { } vehicleId)
            throw new HubException("Only a vehicle device may report its vehicle back in service.");
        var outcome = await RefusalResults.ForHubAsync(() => runner.RunAsync($"Vehicle {vehicleId}", null, async command =>
        {
            var state = await fleet.StateAsync(vehicleId);
            if (state.Status == VehicleStatus.Available) return state.Status;
            if (state.Mission is { } mission)
                throw new Refusal(RefusalKind.Conflict, "mission-open",
                    $"The vehicle is {state.Status} on mission {mission}; finish it (report on the call, or wait for the hospital's hand-over) first.");
            if (state.Status is not (VehicleStatus.Returning or VehicleStatus.AtHospital))
                throw new Refusal(RefusalKind.Conflict, "vehicle-status", $"The vehicle is {state.Status}; finish the mission before reporting back in service.");
            statuses.Stage(command, new VehicleMove(state, VehicleStatus.Available, null));
            return VehicleStatus.Available;
        }));
        return System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(outcome.Value.ToString());
    }
}
