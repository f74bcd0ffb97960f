namespace Dispatch.Server.Consistency;

/// <summary>One way Redis contradicts itself: which rule, about what, and what was found.</summary>
public sealed record Disagreement(string Rule, string Subject, string Detail)
{
    public override string ToString() => $"{Rule}: {Subject}: {Detail}";
}
