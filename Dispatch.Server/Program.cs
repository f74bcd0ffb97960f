using System.CommandLine;
using Dispatch.Server.Routing;

if (args is ["route" or "bench", ..])
{
    var root = new RootCommand();
    foreach (var c in RoutingCommands.All()) root.Subcommands.Add(c);
    return root.Parse(args).Invoke();
}

var app = WebApplication.CreateBuilder(args).Build();
app.Run();
return 0;
