using System.Text.Json.Serialization;
using Dispatch.Server.Contract;

namespace Dispatch.Server.Referrals.Requests;

/// <summary>What the receiving hospital must be able to do for this patient.</summary>
[JsonConverter(typeof(WireEnumConverter<Capability>))]
public enum Capability
{
    Icu,
    Pci,
    Stroke,
    Dialysis,
    Obstetrics,
    Nicu,
    Paediatrics,
    NegativePressure,
    FeverClinic,
}
