using Dispatch.Server.Commands;

namespace Dispatch.Server.Calls;

/// <summary>An action on a call that is not allowed now, with a code and the reason shown to the person who tried it.</summary>
public sealed class CallRefusal(RefusalKind kind, string code, string detail) : Refusal(kind, code, detail)
{
    public static CallRefusal NotFound(string id) => new(RefusalKind.NotFound, "call-not-found", $"Call {id} does not exist.");
    public static CallRefusal Conflict(string code, string detail) => new(RefusalKind.Conflict, code, detail);
    public static CallRefusal Forbidden(string code, string detail) => new(RefusalKind.Forbidden, code, detail);
    public static CallRefusal Invalid(string code, string detail) => new(RefusalKind.Invalid, code, detail);
}
