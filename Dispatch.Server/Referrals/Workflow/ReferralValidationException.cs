using Dispatch.Server.Commands;

namespace Dispatch.Server.Referrals.Workflow;

/// <summary>A request that fails field validation; becomes a 400 validation problem with the field errors.</summary>
public sealed class ReferralValidationException(IReadOnlyDictionary<string, string[]> errors)
    : ValidationRefusal(errors, "The green-channel request is invalid");
