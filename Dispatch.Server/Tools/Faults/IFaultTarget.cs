namespace Dispatch.Server.Tools.Faults;

/// <summary>The processes a fault drill may hurt: the servers (killed with SIGKILL and started again) and Redis.</summary>
public interface IFaultTarget
{
    int Servers { get; }

    /// <summary>SIGKILL, no chance to clean up.</summary>
    void KillServer(int index);

    /// <summary>Starts the killed server again and waits until it answers /health.</summary>
    Task RestartServerAsync(int index);

    /// <summary>SIGSTOP: Redis holds every connection open and answers nothing until resumed.</summary>
    void PauseRedis();

    /// <summary>SIGCONT: Redis runs what queued up meanwhile.</summary>
    void ResumeRedis();

    /// <summary>SIGKILL Redis and start it again from its append-only file.</summary>
    Task RestartRedisAsync();
}
