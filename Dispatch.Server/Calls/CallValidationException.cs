using Dispatch.Server.Commands;

namespace Dispatch.Server.Calls;

/// <summary>A call that fails field validation: the edge answers with the field errors.</summary>
public sealed class CallValidationException(Dictionary<string, string[]> errors) : ValidationRefusal(errors, "The call is not valid");
