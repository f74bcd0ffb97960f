namespace Dispatch.Server.Commands;

/// <summary>Why a command was refused; the edges turn it into a status code (HTTP) or a message (hub).</summary>
public enum RefusalKind
{
    /// <summary>The actor's role or organisation may not do this.</summary>
    Forbidden,
    /// <summary>The target is not in a state that allows this, or someone else changed it first.</summary>
    Conflict,
    /// <summary>No such target, or not visible to the actor.</summary>
    NotFound,
    /// <summary>The command itself is malformed.</summary>
    Invalid,
    /// <summary>Well formed, but what it asks cannot be done where it asks (a point too far from any road).</summary>
    Unprocessable,
    /// <summary>The server cannot judge the command yet (still starting); the same command may succeed in a moment.</summary>
    Unavailable,
}

/// <summary>
/// A command the domain refused, with a stable machine-readable code ("vehicle-busy", "illegal-transition") and a
/// sentence for the person who tried. Nothing was changed when this is thrown. Domain services know no HTTP.
/// </summary>
public class Refusal(RefusalKind kind, string code, string message) : Exception(message)
{
    public RefusalKind Kind { get; } = kind;
    public string Code { get; } = code;

    /// <summary>A title naming the refusal more precisely than its kind does; null: the kind's.</summary>
    public virtual string? Title => null;

    /// <summary>A problem type naming the refusal for clients that branch on it; null: none.</summary>
    public virtual string? Type => null;

    /// <summary>What else the client needs to act on the refusal (e.g. which check a chosen hospital failed), added to the problem details.</summary>
    public virtual IEnumerable<KeyValuePair<string, object?>> Details => [];
}

/// <summary>Input that fails field validation: the edge answers with the field errors.</summary>
public class ValidationRefusal(IReadOnlyDictionary<string, string[]> errors, string title)
    : Exception(title + ": " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
    public string Title { get; } = title;
}
