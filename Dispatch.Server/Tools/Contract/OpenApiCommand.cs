using System.CommandLine;
using Dispatch.Server.Hosting;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Dispatch.Server.Tools.Contract;

/// <summary>
/// <c>openapi</c>: writes the published OpenAPI document without serving and without Redis, so the build can turn it
/// into the console's TypeScript types and notice when the contract changed.
/// </summary>
public static class OpenApiCommand
{
    public static Command Create()
    {
        var output = new Option<FileInfo>("--output") { Description = "Where to write the document (JSON)", Required = true };
        var command = new Command("openapi", "Write the OpenAPI document (/openapi/v1.json) to a file, without Redis") { output };
        command.SetAction(async (result, ct) =>
        {
            var file = result.GetValue(output)!;
            await File.WriteAllTextAsync(file.FullName, await DocumentAsync(ct), ct);
            result.InvocationConfiguration.Output.WriteLine($"OpenAPI document written to {file.FullName}");
            return 0;
        });
        return command;
    }

    public static async Task<string> DocumentAsync(CancellationToken ct)
    {
        // Nothing is served and nothing is stored: Redis is neither waited for nor asked for a signing key.
        // Not disposed: disposing would wait for the unreachable Redis; the process ends right after.
        var app = ServerHost.Build([
            "--Redis:Configuration=127.0.0.1:1,abortConnect=false,connectTimeout=100",
            "--Redis:StartupWaitSeconds=-1",
            "--Auth:SigningKey=" + new string('d', 48),
            "--Serilog:MinimumLevel:Default=Fatal",
            "--Serilog:MinimumLevel:Override:Microsoft=Fatal",
        ]);
        // Starting would do this: hand the mapped endpoints to routing, where the document generator looks for them.
        app.UseRouting();
        app.UseEndpoints(_ => { });
        var document = await app.Services.GetRequiredKeyedService<IOpenApiDocumentProvider>("v1").GetOpenApiDocumentAsync(ct);
        using var text = new StringWriter();
        await document.SerializeAsync(new OpenApiJsonWriter(text), OpenApiSpecVersion.OpenApi3_1, ct);
        return text.ToString().ReplaceLineEndings("\n") + "\n";
    }
}
