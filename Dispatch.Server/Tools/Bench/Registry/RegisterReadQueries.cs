using Dispatch.Server.Referrals.Requests;
using Dispatch.Server.Registry.Persistence;
using Dispatch.Server.Registry.Seed;
using Dispatch.Server.Tools.Bench.Store;

namespace Dispatch.Server.Tools.Bench.Registry;

/// <summary>
/// The doctor's reads of the register as its endpoints run them, through <see cref="RegisterQueries"/>: a team's and the
/// facility's overdue list (the endpoint's default limit of 100) and the register page (50 a page) with its filters.
/// </summary>
public static class RegisterReadQueries
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"];

    public static IReadOnlyList<TimedQuery> Create(RegisterQueries queries, IReadOnlyList<CountyFacility> facilities, int teams)
    {
        string Facility(Random r) => facilities[r.Next(facilities.Count)].Id;
        string Team(Random r) => InventedPeople.TeamName(r.Next(teams));
        RegisterFilter Page(Tier? tier = null, string? team = null, bool? overdue = null, bool? infected = null, string? search = null, int page = 0) =>
            new(tier, team, overdue, infected, search, page, 50);
        async Task<long> List(string facility, RegisterFilter filter, CancellationToken ct) => (await queries.ListAsync(facility, filter, ct)).Total;
        return
        [
            new("team's overdue list (100 latest first)", 50, async (r, ct) => (await queries.OverdueAsync(Facility(r), Team(r), 100, ct)).Count),
            new("facility's overdue list, all teams (100)", 50, async (r, ct) => (await queries.OverdueAsync(Facility(r), null, 100, ct)).Count),
            new("register page by name, pages 1-20", 100, (r, ct) => List(Facility(r), Page(page: r.Next(20)), ct)),
            new("register page, tier + team, pages 1-3", 100, (r, ct) => List(Facility(r), Page(tier: (Tier)r.Next(3), team: Team(r), page: r.Next(3)), ct)),
            new("register page, overdue only", 100, (r, ct) => List(Facility(r), Page(overdue: true, page: r.Next(3)), ct)),
            new("register page, infected + team", 100, (r, ct) => List(Facility(r), Page(infected: true, team: Team(r)), ct)),
            new("register page, name search (王…)", 100, (r, ct) => List(Facility(r), Page(search: Surnames[r.Next(Surnames.Length)], page: r.Next(3)), ct)),
            new("register page, phone's last 4 digits", 100, (r, ct) => List(Facility(r), Page(search: r.Next(10_000).ToString("D4")), ct)),
        ];
    }
}
