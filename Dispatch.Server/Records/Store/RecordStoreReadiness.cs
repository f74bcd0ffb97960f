namespace Dispatch.Server.Records.Store;

/// <summary>Whether the record schema is in place; record features answer 503 until it is.</summary>
public sealed class RecordStoreReadiness
{
    private volatile bool _ready;
    private volatile string? _lastError;

    public bool IsReady => _ready;
    public string? LastError => _lastError;
    public int SchemaVersion { get; private set; }

    public void MarkReady(int schemaVersion)
    {
        SchemaVersion = schemaVersion;
        _lastError = null;
        _ready = true;
    }

    public void MarkFailed(string error) => _lastError = error;
}
