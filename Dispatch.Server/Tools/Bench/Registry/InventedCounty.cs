using Dispatch.Server.Registry;
using Dispatch.Server.Registry.Seed;
using Npgsql;

namespace Dispatch.Server.Tools.Bench.Registry;

/// <summary>A grassroots facility of the invented county and where it stands.</summary>
public sealed record CountyFacility(string Id, double Lon, double Lat);

/// <summary>
/// Invents a county's register with the demo seed's own generator (<see cref="InventedPeople"/>): people spread evenly
/// over the facilities, each facility with its package teams. The number of contacts is exact by construction: a first
/// pass counts how many contacts each person's history can hold (from their registration until now, at their tier's
/// pace), a second pass generates the same people again and keeps each one's share of the total
/// (<see cref="ContactQuota"/>), trimmed oldest first, so each person's due time (which depends on their latest
/// contacts) stays as the generator computed it. Written by the seed's writer (binary COPY); every person is marked
/// invented.
/// </summary>
public sealed class InventedCounty(IReadOnlyList<CountyFacility> facilities, int teamsPerFacility, int seed)
{
    public const string SeedUser = "bench-register";

    /// <returns>people and contacts written.</returns>
    public async Task<(long People, long Contacts)> WriteAsync(NpgsqlDataSource db, int people, long contacts, DateTimeOffset now, CancellationToken ct)
    {
        var invent = new InventedPeople(new RegistryOptions());
        var generated = HistoryCap(people, contacts);
        var quota = new ContactQuota(contacts, Capacity(invent, people, generated, now));
        long writtenPeople = 0, writtenContacts = 0;
        await using var connection = await db.OpenConnectionAsync(ct);
        for (var f = 0; f < facilities.Count; f++)
        {
            var batch = new List<InventedPerson>(2000);
            foreach (var person in Generate(invent, f, people, generated, now))
            {
                var kept = person.Contacts.Take(quota.Next(person.Contacts.Count)).ToList();
                batch.Add(person with { Contacts = kept });
                writtenPeople++;
                writtenContacts += kept.Count;
                if (batch.Count == 2000)
                {
                    await InventedPeopleWriter.WriteAsync(connection, batch, SeedUser, now, ct);
                    batch.Clear();
                }
            }
            if (batch.Count > 0) await InventedPeopleWriter.WriteAsync(connection, batch, SeedUser, now, ct);
        }
        return (writtenPeople, writtenContacts);
    }

    /// <summary>
    /// How many contacts the county's people can hold at most: the first pass. The generator is deterministic per seed,
    /// so the second pass meets the same people with the same histories.
    /// </summary>
    public long Capacity(InventedPeople invent, int people, int generated, DateTimeOffset now)
    {
        long capacity = 0;
        for (var f = 0; f < facilities.Count; f++)
            foreach (var person in Generate(invent, f, people, generated, now)) capacity += person.Contacts.Count;
        return capacity;
    }

    /// <summary>
    /// The longest history generated per person: several times the average share, so that the people who have been
    /// registered long and are called often can make up for those registered recently or rarely called.
    /// </summary>
    public static int HistoryCap(int people, long contacts) => (int)Math.Min(100_000, Math.Max(8, Math.Ceiling((double)contacts / Math.Max(1, people)) * 8 + 8));

    private IEnumerable<InventedPerson> Generate(InventedPeople invent, int f, int people, int generated, DateTimeOffset now)
    {
        var facility = facilities[f];
        var count = people / facilities.Count + (f < people % facilities.Count ? 1 : 0);
        return invent.Generate(facility.Id, facility.Lon, facility.Lat, count, teamsPerFacility, generated, now, seed + f);
    }
}
