using Microsoft.AspNetCore.Mvc;

namespace Dispatch.Server.Records.Search;

/// <summary>A search of the record as the history view asks it; every field optional, combined with AND.</summary>
public sealed record RecordQuery
{
    /// <summary>Part of a case number (case and dashes ignored), e.g. "0007" or "ZZ20261205".</summary>
    [FromQuery(Name = "number")] public string? Number { get; init; }
    /// <summary>Part of the patient line (sex code, age, condition as written).</summary>
    [FromQuery(Name = "patient")] public string? Patient { get; init; }
    /// <summary>Part of the caller's phone number.</summary>
    [FromQuery(Name = "phone")] public string? Phone { get; init; }
    [FromQuery(Name = "kind")] public string? Kind { get; init; }
    [FromQuery(Name = "facilityId")] public string? FacilityId { get; init; }
    [FromQuery(Name = "hospitalId")] public string? HospitalId { get; init; }
    [FromQuery(Name = "vehicleId")] public string? VehicleId { get; init; }
    [FromQuery(Name = "state")] public string? State { get; init; }
    [FromQuery(Name = "priority")] public int? Priority { get; init; }
    [FromQuery(Name = "from")] public DateTimeOffset? From { get; init; }
    [FromQuery(Name = "to")] public DateTimeOffset? To { get; init; }
    /// <summary>created, -created (default), closed, -closed, priority, -priority, number, -number.</summary>
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
    /// <summary>1-based; default 1.</summary>
    [FromQuery(Name = "page")] public int? Page { get; init; }
    /// <summary>1 to 500; default 50.</summary>
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }

    public int PageOrFirst => Page ?? 1;
    public int PageSizeOrDefault => PageSize ?? 50;

    public static readonly string[] Kinds = [Projection.RecordKinds.Call, Projection.RecordKinds.Transport, Projection.RecordKinds.Referral];
    public static readonly string[] Sorts = ["created", "-created", "closed", "-closed", "priority", "-priority", "number", "-number"];

    /// <summary>What is wrong with the query, by field; empty when it can run.</summary>
    public Dictionary<string, string[]> Problems()
    {
        var errors = new Dictionary<string, string[]>();
        if (Kind is not null && !Kinds.Contains(Kind)) errors["kind"] = [$"kind is one of {string.Join(", ", Kinds)}."];
        if (State is not null && !RecordNames.States.Contains(State)) errors["state"] = ["state is a call's status or a referral's state, camelCase (e.g. handedOver)."];
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

/// <summary>
/// A page of results. <see cref="Total"/> stops counting at <see cref="TotalCap"/>, or <see cref="PagesCountedAhead"/> pages
/// past the page asked for if that is further; past that point <see cref="TotalIsAtLeast"/> is true.
/// </summary>
public sealed record RecordPage(int Page, int PageSize, long Total, bool TotalIsAtLeast, IReadOnlyList<RecordSummary> Items)
{
    public const int TotalCap = 1_000;
    public const int PagesCountedAhead = 10;
}
