namespace Dispatch.Server.Calls;

/// <summary>An action on a call that is not allowed now, with the reason shown to the person who tried it.</summary>
public sealed class CallRefusal(int status, string title, string detail) : Exception(detail)
{
    public int Status { get; } = status;
    public string Title { get; } = title;

    public static CallRefusal NotFound(string id) => new(StatusCodes.Status404NotFound, "No such call", $"Call {id} does not exist.");
    public static CallRefusal Conflict(string detail) => new(StatusCodes.Status409Conflict, "Not possible now", detail);
    public static CallRefusal Forbidden(string detail) => new(StatusCodes.Status403Forbidden, "Not allowed", detail);
    public static CallRefusal Invalid(string detail) => new(StatusCodes.Status400BadRequest, "Invalid request", detail);
}
