using System.Text.Json.Serialization;

namespace Dispatch.Server.Referrals.Lifecycle;

/// <summary>
/// EMS-style milestones. Each is written once, the first time it happens, so a later re-offer
/// or vehicle swap does not hide how long the patient actually waited.
/// </summary>
public sealed class ReferralTimeline
{
    /// <summary>Call received: the doctor sent the green-channel request.</summary>
    public DateTimeOffset? RequestedAt { get; set; }
    public DateTimeOffset? FirstOfferedAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    /// <summary>Unit notified: a vehicle was assigned.</summary>
    public DateTimeOffset? UnitNotifiedAt { get; set; }
    public DateTimeOffset? EnRouteAt { get; set; }
    /// <summary>At patient / on scene.</summary>
    public DateTimeOffset? AtPatientAt { get; set; }
    /// <summary>Patient on board / left scene.</summary>
    public DateTimeOffset? PatientOnBoardAt { get; set; }
    public DateTimeOffset? ArrivedAtDestinationAt { get; set; }
    public DateTimeOffset? TransferOfCareAt { get; set; }
    /// <summary>Cancelled or failed.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    [JsonIgnore]
    public TimeSpan? RequestToAcceptance => Between(RequestedAt, AcceptedAt);

    /// <summary>
    /// From acceptance until the crew reached the patient (or, if they never reported "on scene", until the patient
    /// was on board). Zero when an urgent vehicle was already with the patient before the hospital accepted.
    /// </summary>
    [JsonIgnore]
    public TimeSpan? AcceptanceToVehicleAtPatient
    {
        get
        {
            var span = Between(AcceptedAt, AtPatientAt ?? PatientOnBoardAt);
            return span < TimeSpan.Zero ? TimeSpan.Zero : span;
        }
    }

    /// <summary>From the request until the receiving hospital took over care.</summary>
    [JsonIgnore]
    public TimeSpan? TotalTransfer => Between(RequestedAt, TransferOfCareAt);

    private static TimeSpan? Between(DateTimeOffset? from, DateTimeOffset? to) =>
        from is { } f && to is { } t ? t - f : null;
}
