using System.Text.Json.Serialization;
using Dispatch.Server.Contract;

namespace Dispatch.Server.Registry.People;

/// <summary>Why a person is on the key-population ledger (重点人群类别). A person may belong to several.</summary>
[JsonConverter(typeof(WireEnumConverter<Category>))]
public enum Category
{
    Over65,
    Pregnant,
    Child,
    Disability,
    Hypertension,
    Diabetes,
    ChronicLungDisease,
    HeartDisease,
    KidneyFailureOnDialysis,
    Cancer,
    LivesAlone,
    LivesWithDisabledChildOnly,
}
