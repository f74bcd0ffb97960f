using System.Text.Json.Serialization;
using Dispatch.Server.Contract;

namespace Dispatch.Server.Registry.Contacts;

/// <summary>What the person's latest test says; a positive test carries its date.</summary>
[JsonConverter(typeof(WireEnumConverter<InfectionStatus>))]
public enum InfectionStatus
{
    NotTested,
    Negative,
    AntigenPositive,
    PcrPositive,
}

public static class InfectionStatusExtensions
{
    public static bool IsPositive(this InfectionStatus status) => status is InfectionStatus.AntigenPositive or InfectionStatus.PcrPositive;
}
