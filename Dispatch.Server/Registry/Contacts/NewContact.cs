using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Dispatch.Server.Registry.Contacts;

/// <summary>
/// One contact as the team records it. <see cref="At"/> may lie in the past (a visit written up later); null is now.
/// The ranges here are the ones <see cref="ContactValidator"/> enforces, so the published document states them too.
/// </summary>
public sealed record NewContact(
    [property: Description("When the contact took place: at most 5 minutes ahead and 366 days back; null is now")] DateTimeOffset? At,
    ContactChannel Channel,
    InfectionStatus Infection,
    [property: Description("Required when infection is antigenPositive or pcrPositive; not after tomorrow")] DateOnly? InfectionDate,
    IReadOnlyList<Symptom>? Symptoms,
    [property: Range(30.0, 45.0), Description("Body temperature in °C")] decimal? Temperature,
    [property: Range(50, 100), Description("Oxygen saturation in percent")] int? SpO2,
    [property: Range(20, 250), Description("Beats per minute")] int? HeartRate,
    Advice Advice,
    [property: StringLength(500)] string? Note);
