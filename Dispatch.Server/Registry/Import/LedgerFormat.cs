namespace Dispatch.Server.Registry.Import;

public enum LedgerFormat
{
    Xlsx,
    Csv,
}
