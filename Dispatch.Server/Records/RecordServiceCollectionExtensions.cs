using Dispatch.Server.Records.Projection;
using Dispatch.Server.Records.Store;
using Npgsql;

namespace Dispatch.Server.Records;

/// <summary>The record capability: PostgreSQL, its schema migrations, and everything kept for years.</summary>
public static class RecordServiceCollectionExtensions
{
    public const string DefaultConnectionString = "Host=127.0.0.1;Port=5433;Database=dispatch;Username=postgres";

    public static IServiceCollection AddRecords(this IServiceCollection services, IConfiguration config)
    {
        var target = new NpgsqlConnectionStringBuilder(config["Postgres:ConnectionString"] is { Length: > 0 } c ? c : DefaultConnectionString);
        // An unreachable database must fail a request fast, not hold it for the default 15 s.
        if (target.Timeout == 15) target.Timeout = 3;
        services.AddSingleton(target);
        services.AddSingleton(_ => new NpgsqlDataSourceBuilder(target.ConnectionString).Build());
        services.AddSingleton<IReadOnlyList<Migration>>(Migration.FromAssembly(typeof(RecordServiceCollectionExtensions).Assembly));
        services.AddSingleton<RecordDatabaseCreator>();
        services.AddSingleton<MigrationRunner>();
        services.AddSingleton<RecordStoreReadiness>();
        services.AddSingleton<RecordStoreGate>();
        services.AddHostedService<RecordStoreStarter>();
        services.AddSingleton<ReferralSource>();
        services.AddSingleton<CallSource>();
        services.AddSingleton<RecordWriter>();
        services.AddSingleton<ProjectorStatus>();
        services.AddSingleton<RecordProjector>();
        services.AddHostedService(sp => sp.GetRequiredService<RecordProjector>());
        services.AddSingleton<Tracks.TrackRecorder>();
        services.AddHostedService(sp => sp.GetRequiredService<Tracks.TrackRecorder>());
        services.AddHostedService<Tracks.TrackKeeper>();
        services.AddSingleton<Search.RecordSearch>();
        services.AddSingleton<Cases.CaseReader>();
        services.AddSingleton<Cases.RecordReads>();
        services.AddSingleton<Reports.ShiftReports>();
        services.AddSingleton<Reports.ShiftCases>();
        services.AddSingleton<Reports.DailySummaries>();
        services.AddHealthChecks()
            .AddCheck<PostgresHealthCheck>("postgres")
            .AddCheck<ProjectorHealthCheck>("recordProjector");
        return services;
    }

    public static IEndpointRouteBuilder MapRecords(this IEndpointRouteBuilder app) => app.MapRecordEndpoints();
}
