using System.CommandLine;
using Dispatch.Server.Hosting;

// `serve` (the default) runs the server; the other verbs are tools that need no running server.
if (args.Length == 0 || args[0] == "serve" || args[0].StartsWith("--", StringComparison.Ordinal))
{
    var serverArgs = args.Length > 0 && args[0] == "serve" ? args[1..] : args;
    await ServerHost.Build(serverArgs).RunAsync();
    return 0;
}

var root = new RootCommand("Dispatch: 120 dispatch and green-channel referral server")
{
    HashPasswordCommand.Create(),
    Dispatch.Server.Simulation.SimulateCommand.Create(),
    Dispatch.Server.Reliability.SoakCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
