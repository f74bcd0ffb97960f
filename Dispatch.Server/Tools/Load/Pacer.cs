namespace Dispatch.Server.Tools.Load;

/// <summary>
/// Spreads the target rate over the devices, round robin, on a fixed schedule (open loop): a device still waiting for
/// its previous ack when its turn comes skips that report, counted as "behind", so a slow server shows as a shortfall.
/// </summary>
public sealed class Pacer(IReadOnlyList<SimulatedDevice> devices, LoadCounters counters)
{
    private sealed class Plan(int rate)
    {
        public readonly int Rate = rate;
        public readonly DateTime Start = DateTime.UtcNow;
        public long Issued;
    }

    private Plan _plan = new(0);
    private int _next;

    public void SetRate(int rate) => Volatile.Write(ref _plan, new Plan(rate));

    public async Task RunAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var plan = Volatile.Read(ref _plan);
            var due = (long)(plan.Rate * (DateTime.UtcNow - plan.Start).TotalSeconds);
            for (; plan.Issued < due; plan.Issued++)
            {
                var device = devices[_next];
                _next = (_next + 1) % devices.Count;
                if (!device.TrySend()) Interlocked.Increment(ref counters.Behind);
            }
            try { await Task.Delay(1, ct); } catch (OperationCanceledException) { }
        }
    }
}
