namespace Dispatch.Server.Registry.Contacts;

/// <summary>How the package team reached the person.</summary>
public enum ContactChannel
{
    Phone,
    WeChat,
    Video,
    HomeVisit,
}
