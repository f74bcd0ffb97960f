using System.Text.Json.Serialization;
using Dispatch.Server.Contract;

namespace Dispatch.Server.Registry.Contacts;

/// <summary>How the package team reached the person.</summary>
[JsonConverter(typeof(WireEnumConverter<ContactChannel>))]
public enum ContactChannel
{
    Phone,
    WeChat,
    Video,
    HomeVisit,
}
