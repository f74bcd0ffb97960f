using System.CommandLine;
using Dispatch.Server.Accounts;

namespace Dispatch.Server.Hosting;

/// <summary><c>hash-password</c>: prints the hash to put into a region's accounts file, so no plain password is ever stored.</summary>
public static class HashPasswordCommand
{
    public static Command Create()
    {
        var password = new Argument<string>("password") { Description = "The password to hash" };
        var command = new Command("hash-password", "Print the stored form of a password for an accounts file") { password };
        command.SetAction(parse =>
        {
            Console.WriteLine(AccountStore.Hash(parse.GetValue(password)!));
            return 0;
        });
        return command;
    }
}
