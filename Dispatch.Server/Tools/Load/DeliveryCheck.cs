namespace Dispatch.Server.Tools.Load;

/// <summary>
/// Compares, per dispatcher and vehicle, what the devices had acknowledged with what reached the dispatcher.
/// The broadcaster sends only a vehicle's latest position per push, so an acknowledged report may be superseded
/// (coalesced) by a newer one of the same vehicle; it is missing only when nothing as new ever arrived.
/// </summary>
public sealed record DeliveryCheck(long Acknowledged, long Delivered, long Coalesced, long Missing, long Unexpected, long OutOfOrder)
{
    public bool Consistent => Missing == 0 && Unexpected == 0 && OutOfOrder == 0 && Delivered + Coalesced == Acknowledged;

    public static DeliveryCheck Of(IReadOnlyList<SimulatedDevice> devices, DispatcherProbe dispatcher)
    {
        long acknowledged = 0, delivered = 0, coalesced = 0, missing = 0, unexpected = 0;
        for (var v = 0; v < devices.Count; v++)
        {
            var acked = devices[v].Acked;
            var got = dispatcher.Delivered(v);
            acknowledged += acked.Count;
            var ackedSet = new HashSet<long>(acked);
            var gotSet = new HashSet<long>(got);
            var newestDelivered = got.Count == 0 ? long.MinValue : got.Max();
            foreach (var t in got)
                if (ackedSet.Contains(t)) delivered++; else unexpected++;
            foreach (var t in acked)
                if (gotSet.Contains(t)) { }
                else if (newestDelivered > t) coalesced++;
                else missing++;
        }
        return new DeliveryCheck(acknowledged, delivered, coalesced, missing, unexpected, dispatcher.OutOfOrder);
    }
}
