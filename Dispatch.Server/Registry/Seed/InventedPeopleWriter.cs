using Dispatch.Server.Registry.Import;
using Npgsql;
using NpgsqlTypes;

namespace Dispatch.Server.Registry.Seed;

/// <summary>Writes invented people and their contacts with binary COPY, a batch per transaction.</summary>
public static class InventedPeopleWriter
{
    public static async Task WriteAsync(NpgsqlConnection connection, IReadOnlyList<InventedPerson> batch, string byUser, DateTimeOffset now, CancellationToken ct)
    {
        await using var tx = await connection.BeginTransactionAsync(ct);
        await LedgerImporter.CopyPeopleAsync(connection, batch.Select(b => b.Person), ct);
        await LedgerImporter.CopyTierHistoryAsync(connection, batch.Select(b => b.Person), byUser, now, ct);
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY register_contact (person_id, facility_id, at, channel, by_user, infection, infection_date, symptoms, temperature, spo2, heart_rate, advice, recorded_at) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var (person, contacts) in batch)
                foreach (var c in contacts)
                {
                    await writer.StartRowAsync(ct);
                    await writer.WriteAsync(c.PersonId, NpgsqlDbType.Uuid, ct);
                    await writer.WriteAsync(person.FacilityId, NpgsqlDbType.Text, ct);
                    await writer.WriteAsync(c.At, NpgsqlDbType.TimestampTz, ct);
                    await writer.WriteAsync(c.Channel, NpgsqlDbType.Text, ct);
                    await writer.WriteAsync(c.ByUser, NpgsqlDbType.Text, ct);
                    await writer.WriteAsync(c.Infection, NpgsqlDbType.Text, ct);
                    if (c.InfectionDate is { } d) await writer.WriteAsync(d, NpgsqlDbType.Date, ct); else await writer.WriteNullAsync(ct);
                    await writer.WriteAsync(c.Symptoms, NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
                    if (c.Temperature is { } t) await writer.WriteAsync(t, NpgsqlDbType.Numeric, ct); else await writer.WriteNullAsync(ct);
                    if (c.Spo2 is { } s) await writer.WriteAsync(s, NpgsqlDbType.Integer, ct); else await writer.WriteNullAsync(ct);
                    if (c.HeartRate is { } h) await writer.WriteAsync(h, NpgsqlDbType.Integer, ct); else await writer.WriteNullAsync(ct);
                    await writer.WriteAsync(c.Advice, NpgsqlDbType.Text, ct);
                    await writer.WriteAsync(c.At, NpgsqlDbType.TimestampTz, ct);
                }
            await writer.CompleteAsync(ct);
        }
        await tx.CommitAsync(ct);
    }
}
