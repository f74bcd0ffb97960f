using Dispatch.Server.Records.Search;
using Dispatch.Server.Tools.Bench.Store;

namespace Dispatch.Server.Tools.Bench.Records;

/// <summary>
/// The searches the history view sends, each run through the endpoint's own <see cref="RecordSearch"/> with the scope
/// of the reader who would send it; the parameters are drawn from what was generated, so most searches find something.
/// </summary>
public static class RecordSearchQueries
{
    private const double TargetMs = 100;
    private static readonly RecordScope Dispatcher = new(null, null, true);
    private static readonly string[] Sorts = RecordQuery.Sorts;

    public static IReadOnlyList<TimedQuery> Create(RecordSearch search, CaseSample sample, CasePlaces places, DateTimeOffset now, int days)
    {
        DateTimeOffset Day(Random r) => now.AddDays(-r.Next(1, Math.Max(2, days)));
        async Task<long> Run(RecordQuery q, RecordScope scope, CancellationToken ct) => (await search.SearchAsync(q, scope, ct)).Total;
        return
        [
            new("by number, whole (ZZ20261012-0042)", TargetMs, (r, ct) => Run(new RecordQuery { Number = sample.Number(r) }, Dispatcher, ct)),
            new("by number, last digits (0042)", TargetMs, (r, ct) => Run(new RecordQuery { Number = sample.Number(r)[^4..] }, Dispatcher, ct)),
            new("by patient line fragment (胸痛, 心梗…)", TargetMs, (r, ct) => Run(new RecordQuery { Patient = sample.PatientFragment(r) }, Dispatcher, ct)),
            new("by caller phone, last 4 digits", TargetMs, (r, ct) => Run(new RecordQuery { Phone = sample.Phone(r)[^4..] }, Dispatcher, ct)),
            new("date range (7 days) + state", TargetMs, (r, ct) =>
            {
                var from = Day(r);
                return Run(new RecordQuery { From = from, To = from.AddDays(7), State = r.Next(3) switch { 0 => "completed", 1 => "cancelled", _ => "handedOver" } }, Dispatcher, ct);
            }),
            new("date range (30 days) + kind + priority", TargetMs, (r, ct) =>
            {
                var from = Day(r);
                return Run(new RecordQuery { From = from, To = from.AddDays(30), Kind = r.Next(2) == 0 ? "call" : "referral", Priority = 1 + r.Next(2) }, Dispatcher, ct);
            }),
            new("doctor: own facility, last 30 days", TargetMs, (r, ct) =>
                Run(new RecordQuery { From = now.AddDays(-30) }, new RecordScope(places.Facilities[r.Next(places.Facilities.Count)], null, false), ct)),
            new("hospital: own hospital, state + number sort", TargetMs, (r, ct) =>
                Run(new RecordQuery { State = "handedOver", Sort = "-number" }, new RecordScope(null, places.Hospitals[r.Next(places.Hospitals.Count)], false), ct)),
            new("everything, each sort, pages 1-20", TargetMs, (r, ct) =>
                Run(new RecordQuery { Sort = Sorts[r.Next(Sorts.Length)], Page = 1 + r.Next(20) }, Dispatcher, ct)),
            new("everything, deep page (page 200 of 50)", TargetMs, (r, ct) =>
                Run(new RecordQuery { Page = 150 + r.Next(51), Sort = r.Next(2) == 0 ? "-created" : "created" }, Dispatcher, ct)),
        ];
    }
}

/// <summary>Numbers and phones seen while generating (a uniform sample), and fragments of what patient lines say.</summary>
public sealed class CaseSample(int size, int seed)
{
    private readonly List<string> _numbers = [];
    private readonly List<string> _phones = [];
    private readonly Random _random = new(seed);
    private long _seenNumbers, _seenPhones;

    private static readonly string[] Fragments = ["胸痛", "心梗", "呼吸困难", "脑卒中", "血氧", "外伤", "透析", "昏迷", "出血", "male 7", "female 8", "重症肺炎", "腹痛"];

    public void Offer(Dispatch.Server.Records.Projection.RecordCase c)
    {
        if (c.Number is { } n) Keep(_numbers, n, ref _seenNumbers);
        if (c.CallerPhone is { } p) Keep(_phones, p, ref _seenPhones);
    }

    private void Keep(List<string> into, string value, ref long seen)
    {
        seen++;
        if (into.Count < size) into.Add(value);
        else if (_random.NextInt64(seen) < size) into[_random.Next(size)] = value;
    }

    public string Number(Random r) => _numbers[r.Next(_numbers.Count)];
    public string Phone(Random r) => _phones[r.Next(_phones.Count)];
    public string PatientFragment(Random r) => Fragments[r.Next(Fragments.Length)];
}
