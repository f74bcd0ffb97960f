using MiniExcelLibs;

namespace Dispatch.Server.Registry.Import;

/// <summary>
/// Reads a ledger spreadsheet (XLSX or CSV, first sheet, headings in the first row) through MiniExcel, streaming, and
/// hands each data row over keyed by field code. Unknown headings are ignored; every known heading is present in each row's cells, empty or not.
/// </summary>
public static class LedgerReader
{
    public sealed class UnreadableLedgerException(string reason) : Exception(reason)
    {
        public string Reason { get; } = reason;
    }

    public static IEnumerable<(int Row, Dictionary<string, object?> Cells)> Read(Stream stream, LedgerFormat format)
    {
        IEnumerable<dynamic> rows;
        try
        {
            rows = MiniExcel.Query(stream, useHeaderRow: true, excelType: format == LedgerFormat.Xlsx ? ExcelType.XLSX : ExcelType.CSV);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or InvalidOperationException or ArgumentException)
        {
            throw new UnreadableLedgerException("unreadable-file");
        }
        using var enumerator = rows.GetEnumerator();
        var row = 1;
        while (true)
        {
            IDictionary<string, object?> raw;
            try
            {
                if (!enumerator.MoveNext()) yield break;
                raw = (IDictionary<string, object?>)enumerator.Current;
            }
            catch (Exception e) when (e is InvalidDataException or IOException or FormatException or InvalidOperationException or ArgumentException or System.Xml.XmlException)
            {
                throw new UnreadableLedgerException("unreadable-file");
            }
            row++;
            var cells = new Dictionary<string, object?>();
            foreach (var (heading, value) in raw)
                if (LedgerColumns.FieldOf(heading) is { } field) cells[field] = value;
            if (cells.Values.All(v => v is null || LedgerValues.Text(v).Length == 0)) continue; // blank line
            yield return (row, cells);
        }
    }
}
