namespace Dispatch.Server.Coverage.Maths;

/// <summary>
/// Per grid cell: road time from the nearest source (ambulance) and from the second-nearest, a different one, with
/// which sources they are. <see cref="Unreached"/> and source -1 where none reaches the cell.
/// </summary>
public sealed class CellTimes
{
    public const int Unreached = int.MaxValue;

    public CellTimes(int cells)
    {
        First = new int[cells];
        FirstSource = new int[cells];
        Second = new int[cells];
        SecondSource = new int[cells];
        Array.Fill(First, Unreached);
        Array.Fill(Second, Unreached);
        Array.Fill(FirstSource, -1);
        Array.Fill(SecondSource, -1);
    }

    public int[] First { get; }
    public int[] FirstSource { get; }
    public int[] Second { get; }
    public int[] SecondSource { get; }
    public int Count => First.Length;
    /// <summary>The query was cut short by its deadline; some cells may show a longer time than the truth.</summary>
    public bool Approximate { get; init; }

    /// <summary>Keeps the best two distinct sources of a cell as candidates arrive one by one.</summary>
    public void Offer(int cell, int millis, int source)
    {
        if (millis == Unreached) return;
        if (source == FirstSource[cell]) { if (millis < First[cell]) First[cell] = millis; return; }
        if (millis < First[cell] || (millis == First[cell] && source < FirstSource[cell]))
        {
            Second[cell] = First[cell]; SecondSource[cell] = FirstSource[cell];
            First[cell] = millis; FirstSource[cell] = source;
        }
        else if (source != SecondSource[cell] && (millis < Second[cell] || (millis == Second[cell] && source < SecondSource[cell])))
        {
            Second[cell] = millis; SecondSource[cell] = source;
        }
    }
}
