using Dispatch.Server.Registry;
using Dispatch.Server.Registry.Seed;
using Npgsql;

namespace Dispatch.Server.Tools.Bench.Registry;

/// <summary>A grassroots facility of the invented county and where it stands.</summary>
public sealed record CountyFacility(string Id, double Lon, double Lat);

/// <summary>
/// Invents a county's register with the demo seed's own generator (<see cref="InventedPeople"/>): people spread evenly
/// over the facilities, each facility with its package teams, and contact histories trimmed, oldest first, so the
/// county holds the asked number of contacts. Only the oldest are trimmed, so each person's due time (which depends on
/// their latest contacts) stays as the generator computed it. Written by the seed's writer (binary COPY); every person
/// is marked invented.
/// </summary>
public sealed class InventedCounty(IReadOnlyList<CountyFacility> facilities, int teamsPerFacility, int seed)
{
    public const string SeedUser = "bench-register";

    /// <returns>people and contacts written.</returns>
    public async Task<(long People, long Contacts)> WriteAsync(NpgsqlDataSource db, int people, long contacts, DateTimeOffset now, CancellationToken ct)
    {
        var invent = new InventedPeople(new RegistryOptions());
        // Enough contacts per person generated that the trimming, not the generator, decides the total: green-tier and
        // recently registered people have fewer than their share, and the red and yellow ones make up for them.
        var perPerson = (int)Math.Ceiling((double)contacts / Math.Max(1, people));
        var generated = Math.Max(8, perPerson * 4 + 8);
        long writtenPeople = 0, writtenContacts = 0;
        await using var connection = await db.OpenConnectionAsync(ct);
        for (var f = 0; f < facilities.Count; f++)
        {
            var facility = facilities[f];
            var count = people / facilities.Count + (f < people % facilities.Count ? 1 : 0);
            var batch = new List<InventedPerson>(2000);
            foreach (var person in invent.Generate(facility.Id, facility.Lon, facility.Lat, count, teamsPerFacility, generated, now, seed + f))
            {
                // What is still to be written, shared by the people still to come: someone registered too recently to have
                // had their share leaves it to the others.
                var share = (int)Math.Min(person.Contacts.Count, Math.Max(0, (long)Math.Ceiling((double)(contacts - writtenContacts) / Math.Max(1, people - writtenPeople))));
                var kept = person.Contacts.Take(share).ToList();
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
}
