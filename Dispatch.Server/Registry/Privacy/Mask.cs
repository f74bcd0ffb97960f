namespace Dispatch.Server.Registry.Privacy;

/// <summary>How phone and ID numbers appear in lists: enough to recognise, not enough to use.</summary>
public static class Mask
{
    public static string Phone(string? phone)
    {
        if (string.IsNullOrEmpty(phone)) return "";
        if (phone.Length <= 4) return new string('*', phone.Length);
        var keepStart = phone.Length >= 11 ? 3 : 0;
        return phone[..keepStart] + new string('*', phone.Length - keepStart - 4) + phone[^4..];
    }

    public static string? IdCard(string? lastFour) => lastFour is null ? null : new string('*', 14) + lastFour;
}
