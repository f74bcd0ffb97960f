namespace Dispatch.Server.Registry.Import;

/// <summary>One problem with one cell of the ledger: the spreadsheet row number (the heading is row 1), the field and a reason code.</summary>
public sealed record RowProblem(int Row, string Field, string Reason, int? OtherRow = null);

/// <summary>
/// The outcome of an import. With any <see cref="Errors"/> nothing was imported; <see cref="Skipped"/> lists rows that are
/// already in the register (found by ID hash or by name, birth date and phone) and were left as they are.
/// </summary>
public sealed record ImportReport(int Rows, int Imported, IReadOnlyList<RowProblem> Errors, IReadOnlyList<RowProblem> Skipped);
