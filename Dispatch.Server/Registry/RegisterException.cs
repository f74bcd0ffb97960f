namespace Dispatch.Server.Registry;

public enum RegisterErrorKind
{
    NotFound,
    Forbidden,
    Conflict,
    Invalid,
    /// <summary>A change that must name the version it was made on did not (428).</summary>
    PreconditionRequired,
}

/// <summary>A refusal the API turns into problem details: the code is what the console translates.</summary>
public sealed class RegisterException(RegisterErrorKind kind, string code, IReadOnlyDictionary<string, string[]>? errors = null)
    : Exception(code)
{
    public RegisterErrorKind Kind { get; } = kind;
    public string Code { get; } = code;
    public IReadOnlyDictionary<string, string[]>? Errors { get; } = errors;

    public static RegisterException NotFound() => new(RegisterErrorKind.NotFound, "not-found");

    public static RegisterException Invalid(IReadOnlyDictionary<string, string> errors) =>
        new(RegisterErrorKind.Invalid, "invalid", errors.ToDictionary(e => e.Key, e => new[] { e.Value }));
}
