using Dispatch.Server.Referrals.Requests;

namespace Dispatch.Server.Registry.Persistence;

/// <summary>The register page's filters; all optional. <see cref="Search"/> matches the name, village or the last digits of the phone.</summary>
public sealed record RegisterFilter(Tier? Tier, string? Team, bool? Overdue, bool? Infected, string? Search, int Page, int PageSize);
