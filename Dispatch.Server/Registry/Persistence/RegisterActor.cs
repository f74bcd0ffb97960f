namespace Dispatch.Server.Registry.Persistence;

/// <summary>Who reads or changes the register, as the audit records them.</summary>
public sealed record RegisterActor(string Name, string Role, string? FacilityId);
