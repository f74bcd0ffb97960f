using System.Text.Json;
using Dispatch.Tests.Infrastructure;

namespace Dispatch.Tests.Console;

/// <summary>
/// A caller reads coordinates off a phone map, which in China shows GCJ-02 (AMap, Tencent) or BD-09 (Baidu), not the
/// WGS-84 of our roads: the call-taker types them with their datum and the call lands where the caller really is.
/// </summary>
public sealed class CallTakerTypesCoordinates : ConsoleFixture
{
    [TestCase("gcj02")]
    [TestCase("bd09")]
    public async Task Coordinates_from_a_phone_map_are_stored_as_wgs84(string datum)
    {
        var truth = (Lon: 104.0712, Lat: 30.6658);
        var gcj = GcjShift.FromWgs84(truth.Lon, truth.Lat);
        var shown = datum == "bd09" ? GcjShift.ToBaidu(gcj.Lon, gcj.Lat) : gcj;
        Assert.That(Haversine(truth, shown), Is.GreaterThan(100), "the two datums must differ enough for the test to mean something");

        var call = await TakeCallAsync($"{shown.Lon:F7}, {shown.Lat:F7}", datum, $"手机地图读出的坐标 {datum}");

        var stored = (call.GetProperty("location").GetProperty("lon").GetDouble(), call.GetProperty("location").GetProperty("lat").GetDouble());
        Assert.That(Haversine(truth, stored), Is.LessThan(1.0), $"stored {stored}, expected {truth}");
    }

    [Test]
    public async Task Gps_coordinates_in_latitude_first_order_are_taken_as_they_are()
    {
        var call = await TakeCallAsync("30.67431 104.07352", "wgs84", "GPS 坐标纬度在前");

        Assert.That(call.GetProperty("location").GetProperty("lon").GetDouble(), Is.EqualTo(104.07352));
        Assert.That(call.GetProperty("location").GetProperty("lat").GetDouble(), Is.EqualTo(30.67431));
    }

    [Test]
    public async Task Unreadable_coordinates_are_refused_in_the_dialog()
    {
        await OpenNewCallAsync();
        await Page.FillAsync(".call-dialog input[name=coordinates]", "成都 天府广场");
        await Page.Locator(".call-dialog .coord-row button").ClickAsync();
        await Expect(Page.Locator(".call-dialog .form-error")).ToContainTextAsync("坐标无法识别");
        await Expect(Page.Locator(".call-dialog .call-location")).ToContainTextAsync("尚未选择");
        AssertNoBrowserErrors();
    }

    private async Task OpenNewCallAsync()
    {
        await SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword);
        await Expect(Page.Locator(".conn[data-state=connected]")).ToBeVisibleAsync();
        await Page.Keyboard.PressAsync("n");
        await Expect(Page.Locator(".call-dialog")).ToBeVisibleAsync();
    }

    private async Task<JsonElement> TakeCallAsync(string coordinates, string datum, string complaint)
    {
        await OpenNewCallAsync();
        await Page.FillAsync(".call-dialog input[name=coordinates]", coordinates);
        await Page.SelectOptionAsync(".call-dialog select[name=datum]", datum);
        await Page.Locator(".call-dialog .coord-row button").ClickAsync();
        await Expect(Page.Locator(".pick-marker")).ToHaveCountAsync(1);
        await Page.FillAsync(".call-dialog textarea[name=chiefComplaint]", complaint);
        await Page.ClickAsync(".call-dialog button[type=submit]");
        await Expect(Page.Locator(".call-card").Filter(new() { HasText = complaint })).ToBeVisibleAsync();
        AssertNoBrowserErrors();

        var open = await GetAsDispatcherAsync("/api/calls");
        return open.EnumerateArray().Single(c => c.GetProperty("chiefComplaint").GetString() == complaint);
    }

    private static double Haversine((double Lon, double Lat) a, (double Lon, double Lat) b) =>
        Dispatch.Routing.Graph.Haversine.Meters(a.Lon, a.Lat, b.Lon, b.Lat);

    /// <summary>The published WGS-84 → GCJ-02 forward shift, written here independently of the console's code.</summary>
    private static class GcjShift
    {
        private const double A = 6378245.0, Ee = 0.00669342162296594323;

        public static (double Lon, double Lat) FromWgs84(double lon, double lat)
        {
            double x = lon - 105.0, y = lat - 35.0;
            var dLat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.Sqrt(Math.Abs(x))
                + (20.0 * Math.Sin(6.0 * x * Math.PI) + 20.0 * Math.Sin(2.0 * x * Math.PI)) * 2.0 / 3.0
                + (20.0 * Math.Sin(y * Math.PI) + 40.0 * Math.Sin(y / 3.0 * Math.PI)) * 2.0 / 3.0
                + (160.0 * Math.Sin(y / 12.0 * Math.PI) + 320 * Math.Sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
            var dLon = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.Sqrt(Math.Abs(x))
                + (20.0 * Math.Sin(6.0 * x * Math.PI) + 20.0 * Math.Sin(2.0 * x * Math.PI)) * 2.0 / 3.0
                + (20.0 * Math.Sin(x * Math.PI) + 40.0 * Math.Sin(x / 3.0 * Math.PI)) * 2.0 / 3.0
                + (150.0 * Math.Sin(x / 12.0 * Math.PI) + 300.0 * Math.Sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
            var radLat = lat / 180.0 * Math.PI;
            var magic = 1 - Ee * Math.Sin(radLat) * Math.Sin(radLat);
            var sqrtMagic = Math.Sqrt(magic);
            return (lon + dLon * 180.0 / (A / sqrtMagic * Math.Cos(radLat) * Math.PI),
                lat + dLat * 180.0 / (A * (1 - Ee) / (magic * sqrtMagic) * Math.PI));
        }

        /// <summary>GCJ-02 → BD-09, Baidu's published rotation and offset.</summary>
        public static (double Lon, double Lat) ToBaidu(double lon, double lat)
        {
            const double xPi = Math.PI * 3000.0 / 180.0;
            var z = Math.Sqrt(lon * lon + lat * lat) + 0.00002 * Math.Sin(lat * xPi);
            var theta = Math.Atan2(lat, lon) + 0.000003 * Math.Cos(lon * xPi);
            return (z * Math.Cos(theta) + 0.0065, z * Math.Sin(theta) + 0.006);
        }
    }
}
