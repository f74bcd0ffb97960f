using Dispatch.Server.Fleet;
using Dispatch.Server.Referrals.Fleet;
using Dispatch.Server.Referrals.Persistence;

namespace Dispatch.Server.Calls.Referring;

/// <summary>
/// Turning a call into a referral is three writes (claim the call, hand over the ambulance, store the referral). A server
/// that dies between them leaves a call claimed by a referral that was never stored; the next one to touch the call
/// gives it back its ambulance, so the crew is never locked out of its own mission. A young claim is left alone: its
/// referral may still be on its way to Redis.
/// </summary>
public sealed class UnfinishedReferrals(CallStore calls, FleetStore fleet, ReferralStore referrals, TimeProvider clock, ILogger<UnfinishedReferrals> log)
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    /// <returns>the call as stored after any repair.</returns>
    public async Task<Call> RepairAsync(Call call)
    {
        if (call.ReferralId is not { } referralId) return call;
        if (call.ReferredAt is { } at && clock.GetUtcNow() - at < Grace) return call;
        if (await referrals.LoadAsync(referralId) is not null) return call;

        log.LogWarning("Call {Call} was claimed by referral {Referral}, which was never stored; giving the call back its ambulance", call.Id, referralId);
        if (call.VehicleId is { } vehicleId)
            await fleet.TryHandOverAsync(vehicleId, ReferralVehicleLink.AssignmentOf(referralId), call.Id);
        return await calls.TrySaveAsync(call.WithoutReferral())
            ?? await calls.FindAsync(call.Id) ?? call;
    }
}
