namespace Dispatch.Server.Records.Search;

/// <summary>A search of the record as the history view asks it; every field optional, combined with AND.</summary>
public sealed record RecordQuery
{
    /// <summary>Part of a case number (case and dashes ignored), e.g. "0007" or "ZZ20261205".</summary>
    public string? Number { get; init; }
    /// <summary>Part of the patient line (sex code, age, condition as written).</summary>
    public string? Patient { get; init; }
    /// <summary>Part of the caller's phone number.</summary>
    public string? Phone { get; init; }
    public string? Kind { get; init; }
    public string? FacilityId { get; init; }
    public string? HospitalId { get; init; }
    public string? VehicleId { get; init; }
    public string? State { get; init; }
    public int? Priority { get; init; }
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
    /// <summary>created, -created (default), closed, -closed, priority, -priority, number, -number.</summary>
    public string? Sort { get; init; }
    /// <summary>1-based; default 1.</summary>
    public int? Page { get; init; }
    /// <summary>1 to 500; default 50.</summary>
    public int? PageSize { get; init; }

    public int PageOrFirst => Page ?? 1;
    public int PageSizeOrDefault => PageSize ?? 50;

    public static readonly string[] Kinds = [Projection.RecordKinds.Call, Projection.RecordKinds.Transport, Projection.RecordKinds.Referral];
    public static readonly string[] Sorts = ["created", "-created", "closed", "-closed", "priority", "-priority", "number", "-number"];

    /// <summary>What is wrong with the query, by field; empty when it can run.</summary>
    public Dictionary<string, string[]> Problems()
    {
        var errors = new Dictionary<string, string[]>();
        if (Kind is not null && !Kinds.Contains(Kind)) errors["kind"] = [$"kind is one of {string.Join(", ", Kinds)}."];
        if (Sort is not null && !Sorts.Contains(Sort)) errors["sort"] = [$"sort is one of {string.Join(", ", Sorts)}."];
        if (Priority is < 1 or > 4) errors["priority"] = ["priority is 1 (most urgent) to 4."];
        if (Page is < 1 or > 10_000) errors["page"] = ["page is 1 to 10000."];
        if (PageSize is < 1 or > 500) errors["pageSize"] = ["pageSize is 1 to 500."];
        if (From is { } f && To is { } t && f > t) errors["to"] = ["to is after from."];
        foreach (var (name, value) in new[] { ("number", Number), ("patient", Patient), ("phone", Phone), ("state", State), ("facilityId", FacilityId), ("hospitalId", HospitalId), ("vehicleId", VehicleId) })
            if (value is { Length: > 100 }) errors[name] = [$"{name} is at most 100 characters."];
        return errors;
    }
}

/// <summary>One case in a result list. The caller's phone is masked here; the full number is on the case itself.</summary>
public sealed record RecordSummary(
    string Id, string Kind, string? Number, string State, bool Final, int? Priority, string? PatientLine,
    string? CallerPhone, string? FacilityId, string? HospitalId, string? VehicleId, DateTimeOffset CreatedAt, DateTimeOffset? ClosedAt);

/// <summary>A page of results; <see cref="Total"/> stops counting at <see cref="TotalCap"/> (then <see cref="TotalIsAtLeast"/>).</summary>
public sealed record RecordPage(int Page, int PageSize, long Total, bool TotalIsAtLeast, IReadOnlyList<RecordSummary> Items)
{
    public const int TotalCap = 10_000;
}
