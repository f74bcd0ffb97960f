using System.CommandLine;

namespace Dispatch.Server.Hosting;

/// <summary>
/// The default verb. Its arguments are configuration overrides that ASP.NET Core reads itself, so they bypass the
/// command-line parser; the verb is still declared so that <c>--help</c> lists it.
/// </summary>
public static class ServeCommand
{
    private static readonly HashSet<string> HelpTokens = new(StringComparer.Ordinal) { "-h", "--help", "-?", "/?", "/h", "--version" };

    public static bool IsServe(string[] args) =>
        args.Length == 0
        || (args[0] == "serve" && !args.Skip(1).Any(HelpTokens.Contains))
        || (args[0].StartsWith("--", StringComparison.Ordinal) && !HelpTokens.Contains(args[0]));

    public static string[] ServerArguments(string[] args) => args.Length > 0 && args[0] == "serve" ? args[1..] : args;

    public static Command Create()
    {
        var command = new Command("serve", "Run the server (the default verb); configuration overrides follow as --Section:Key=value")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(async (result, _) =>
        {
            await ServerHost.Build([.. result.UnmatchedTokens]).RunAsync();
            return 0;
        });
        return command;
    }
}
