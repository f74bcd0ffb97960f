namespace Dispatch.Server.Commands;

public static class CommandServiceCollectionExtensions
{
    /// <summary>The one command runner every capability's commands go through.</summary>
    public static IServiceCollection AddCommands(this IServiceCollection services)
    {
        services.AddSingleton<CommandRunner>();
        return services;
    }
}
