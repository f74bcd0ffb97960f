namespace Dispatch.Server.Referrals.Workflow;

/// <summary>A request that fails field validation; becomes a 400 validation problem with the field errors.</summary>
public sealed class ReferralValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("The green-channel request is invalid: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
