namespace Dispatch.Server.Fleet;

/// <summary>
/// The server's answer on a device's position stream, cumulative: every report up to and including the
/// <see cref="Through"/>-th one the device sent on this stream (counted from 1) has been dealt with. Those since the
/// previous answer were stored (durably, as with <c>ReportPosition</c>), except the ones listed as not newer than what
/// was already stored (a resend after reconnecting) or refused with a reason.
/// </summary>
public sealed record PositionReportsAnswered(long Through, int Stored, long[] NotNewer, RefusedReport[] Refused)
{
    /// <summary>Why the <paramref name="report"/>-th report was refused, or null when it was not.</summary>
    public string? RefusalOf(long report) => Array.Find(Refused, r => r.Report == report)?.Reason;

    /// <summary>Whether the <paramref name="report"/>-th report, one this answer covers, was stored.</summary>
    public bool WasStored(long report) => Array.IndexOf(NotNewer, report) < 0 && RefusalOf(report) is null;
}

/// <summary>A report of the stream that was not stored, by its number on the stream, and why.</summary>
public sealed record RefusedReport(long Report, string Reason);
