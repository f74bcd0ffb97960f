using System.CommandLine;
using Dispatch.Server.Hosting;
using Dispatch.Server.Routing;

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
    Dispatch.Server.Consistency.CheckInvariantsCommand.Create(),
    Dispatch.Server.Tools.Faults.FaultDrillCommand.Create(),
    Dispatch.Server.Simulation.SimulateCommand.Create(),
    Dispatch.Server.Fleet.Load.LoadTestCommand.Create(),
    Dispatch.Server.Referrals.Bench.TransitionBenchCommand.Create(),
    Dispatch.Server.Reliability.SoakCommand.Create(),
};
foreach (var command in RoutingCommands.All()) root.Subcommands.Add(command);
return await root.Parse(args).InvokeAsync();
