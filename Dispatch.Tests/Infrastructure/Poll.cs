namespace Dispatch.Tests.Infrastructure;

/// <summary>Waits for a condition with a deadline instead of sleeping and hoping.</summary>
public static class Poll
{
    public static async Task<T> UntilAsync<T>(Func<Task<T?>> probe, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        Exception? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (await probe() is { } value && (value is not bool b || b)) return value;
            }
            catch (Exception e)
            {
                last = e;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"Timed out after {timeout.TotalSeconds:F0}s waiting for {what}." + (last is null ? "" : $" Last error: {last.Message}"));
    }

    public static Task UntilAsync(Func<Task<bool>> probe, TimeSpan timeout, string what) =>
        UntilAsync<bool>(async () => await probe(), timeout, what);

    public static Task UntilAsync(Func<bool> probe, TimeSpan timeout, string what) =>
        UntilAsync<bool>(() => Task.FromResult(probe()), timeout, what);
}
