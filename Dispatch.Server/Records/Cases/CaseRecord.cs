using System.Text.Json.Nodes;
using Dispatch.Server.Records.Search;
using Dispatch.Server.Records.Tracks;

namespace Dispatch.Server.Records.Cases;

/// <summary>A point on the map: where a mission started or ended.</summary>
public sealed record MapPoint(double Lon, double Lat);

/// <summary>One transition as the timeline shows it.</summary>
public sealed record TimelineEntry(string Key, string Action, string Actor, string Role, DateTimeOffset At, string FromState, string ToState, string? Reason);

/// <summary>
/// A case opened from the record: its summary, every transition in order, where its mission went from and to
/// (for the road route) and the full snapshot as last stored (the caller's phone unmasked: reading it is audited).
/// </summary>
public sealed record CaseRecord(
    RecordSummary Summary, string? CallerPhone, IReadOnlyList<TimelineEntry> Timeline, MapPoint? From, MapPoint? To, JsonNode Snapshot);

/// <summary>The vehicles' recorded positions on one case, oldest first.</summary>
public sealed record CaseTrack(string CaseId, IReadOnlyList<TrackPoint> Points);
