namespace Dispatch.Server.Records.Projection;

/// <summary>How far behind the live system the record is, for /health and the console.</summary>
public sealed class ProjectorStatus(TimeProvider clock)
{
    private readonly object _gate = new();
    private DateTimeOffset? _lastPass;
    private DateTimeOffset? _behindSince;

    public bool IsLeader { get; set; }
    public int CasesBehind { get; private set; }
    public long TransitionsWritten { get; private set; }
    public string? LastError { get; private set; }

    public DateTimeOffset? LastPass { get { lock (_gate) return _lastPass; } }

    /// <summary>Seconds the oldest change not yet in the record has waited (0 when the record is current).</summary>
    public double LagSeconds
    {
        get { lock (_gate) return _behindSince is { } since ? (clock.GetUtcNow() - since).TotalSeconds : 0; }
    }

    public void PassStarted(int casesBehind)
    {
        lock (_gate)
        {
            CasesBehind = casesBehind;
            if (casesBehind > 0) _behindSince ??= clock.GetUtcNow();
        }
    }

    public void PassSucceeded(int written)
    {
        lock (_gate)
        {
            _lastPass = clock.GetUtcNow();
            CasesBehind = 0;
            _behindSince = null;
            TransitionsWritten += written;
            LastError = null;
        }
    }

    public void PassFailed(string error)
    {
        lock (_gate) LastError = error;
    }
}
