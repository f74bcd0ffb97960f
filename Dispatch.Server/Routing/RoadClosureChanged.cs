namespace Dispatch.Server.Routing;

/// <summary>Pushed to dispatchers when a closure is set or lifted; they read the list again.</summary>
public sealed record RoadClosureChanged(string Id);
