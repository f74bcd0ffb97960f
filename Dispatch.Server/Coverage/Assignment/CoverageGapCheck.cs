using Dispatch.Routing;

namespace Dispatch.Server.Coverage.Assignment;

/// <summary>
/// The one rule every command that sends an ambulance somewhere applies inside its decision (a call's assignment and
/// reassignment, a referral's vehicle and its replacement): sending a township's last available ambulance out of its
/// township is refused until the dispatcher confirms that very township's gap.
/// </summary>
public sealed class CoverageGapCheck(AssignmentCosts costs)
{
    /// <param name="confirmedZoneId">the township the dispatcher agreed to leave without an ambulance, if any.</param>
    /// <exception cref="CoverageGapRefusal">the vehicle would leave a gap other than the one confirmed.</exception>
    public void Demand(string vehicleId, GeoPoint destination, string? confirmedZoneId)
    {
        if (costs.GapOf(vehicleId, destination) is { } gap && gap.ZoneId != confirmedZoneId)
            throw new CoverageGapRefusal(vehicleId, gap);
    }
}
