using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Requests;
using Hl7.Fhir.Model;

namespace Dispatch.Server.Referrals.Fhir;

/// <summary>
/// Lifecycle state to FHIR R4 Task.status. FHIR has fewer states than the green channel, so the
/// exact state also travels as Task.businessStatus.
/// </summary>
public static class FhirTaskStatusMap
{
    public static Hl7.Fhir.Model.Task.TaskStatus For(ReferralState state) => state switch
    {
        ReferralState.Identified => Hl7.Fhir.Model.Task.TaskStatus.Draft,
        // No hospital owns it yet: still a request waiting for a performer.
        ReferralState.Requested or ReferralState.Matching or ReferralState.Escalated => Hl7.Fhir.Model.Task.TaskStatus.Requested,
        // A hospital has it in hand and is deciding.
        ReferralState.Offered => Hl7.Fhir.Model.Task.TaskStatus.Received,
        ReferralState.Declined => Hl7.Fhir.Model.Task.TaskStatus.Rejected,
        ReferralState.Accepted or ReferralState.VehicleAssigned => Hl7.Fhir.Model.Task.TaskStatus.Accepted,
        ReferralState.EnRouteToPatient or ReferralState.InTransfer or ReferralState.ArrivedAtHospital => Hl7.Fhir.Model.Task.TaskStatus.InProgress,
        ReferralState.HandedOver => Hl7.Fhir.Model.Task.TaskStatus.Completed,
        ReferralState.Cancelled => Hl7.Fhir.Model.Task.TaskStatus.Cancelled,
        ReferralState.Failed => Hl7.Fhir.Model.Task.TaskStatus.Failed,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>Priority 1..4 onto the FHIR request priority scale (stat is the most urgent).</summary>
    public static RequestPriority PriorityFor(Priority priority) => priority switch
    {
        Priority.Immediate => RequestPriority.Stat,
        Priority.VeryUrgent => RequestPriority.Asap,
        Priority.Urgent => RequestPriority.Urgent,
        _ => RequestPriority.Routine,
    };
}
