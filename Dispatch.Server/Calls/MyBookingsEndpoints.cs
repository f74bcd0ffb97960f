using Dispatch.Server.Accounts;

namespace Dispatch.Server.Calls;

/// <summary>A doctor's own non-emergency transport bookings with their status, so they can follow what they booked.</summary>
public static class MyBookingsEndpoints
{
    /// <summary>How far back a doctor's bookings are listed.</summary>
    private static readonly TimeSpan Window = TimeSpan.FromDays(2);

    public static IEndpointRouteBuilder MapMyBookings(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/calls/mine", async (HttpContext http, CallStore store, TimeProvider clock) =>
            {
                var me = http.User.Username();
                var calls = await store.SinceAsync(clock.GetUtcNow() - Window);
                return TypedResults.Ok(calls.Where(c => c.TakenBy == me && c.Kind == CallKind.Transport)
                    .OrderByDescending(c => c.Timestamps.Received).ToList());
            })
            .WithTags("120 calls")
            .WithName("MyTransportBookings")
            .WithSummary("The signed-in doctor's own non-emergency transport bookings of the last two days, newest first, with status and vehicle")
            .Produces<List<Call>>()
            .RequireAuthorization(p => p.RequireRole(Roles.Doctor));
        return app;
    }
}
