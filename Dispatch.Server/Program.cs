using System.CommandLine;
using Dispatch.Server.Hosting;
using Dispatch.Server.Tools.Bench.Referrals;
using Dispatch.Server.Tools.Contract;
using Dispatch.Server.Tools.Load;
using Dispatch.Server.Tools.Routing;
using Dispatch.Server.Tools.Simulation;
using Dispatch.Server.Tools.Soak;

// `serve` (the default) runs the server with configuration overrides (`--Section:Key=value`) as its arguments;
// every other verb, and asking for help or the version, is answered by the command line without a server or Redis.
if (ServeCommand.IsServe(args))
{
    await ServerHost.Build(ServeCommand.ServerArguments(args)).RunAsync();
    return 0;
}

var root = new RootCommand("Dispatch: 120 dispatch and green-channel referral server")
{
    ServeCommand.Create(),
    HashPasswordCommand.Create(),
    Dispatch.Server.Consistency.CheckInvariantsCommand.Create(),
    Dispatch.Server.Tools.Faults.FaultDrillCommand.Create(),
    SimulateCommand.Create(),
    LoadTestCommand.Create(),
    TransitionBenchCommand.Create(),
    SoakCommand.Create(),
    OpenApiCommand.Create(),
    Dispatch.Server.Tools.Bench.Coverage.CoverageCommands.BenchCoverage(),
    Dispatch.Server.Tools.Bench.Records.RecordBenchCommand.Create(),
    Dispatch.Server.Tools.Bench.Registry.RegisterBenchCommand.Create(),
};
foreach (var command in RoutingCommands.All()) root.Subcommands.Add(command);
return await root.Parse(args).InvokeAsync();
