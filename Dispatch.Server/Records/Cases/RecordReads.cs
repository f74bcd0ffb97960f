using System.Security.Claims;
using Dapper;
using Dispatch.Server.Accounts;
using Npgsql;

namespace Dispatch.Server.Records.Cases;

/// <summary>Keeps who read which part of the record, and when: health data is read on a need-to-know basis, and that is checked afterwards.</summary>
public sealed class RecordReads(NpgsqlDataSource db)
{
    public async Task NoteAsync(ClaimsPrincipal user, string what, string? caseId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition(
            "INSERT INTO record_reads (username, role, what, case_id) VALUES (@Username, @Role, @What, @CaseId)",
            new { Username = user.Username(), Role = user.Role(), What = what, CaseId = caseId }, cancellationToken: ct));
    }
}
