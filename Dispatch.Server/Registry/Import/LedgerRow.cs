using Dispatch.Server.Registry.People;

namespace Dispatch.Server.Registry.Import;

/// <summary>A ledger row that passed validation, with its spreadsheet row number.</summary>
public sealed record LedgerRow(int Row, PersonDetails Details);
