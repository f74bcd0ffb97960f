using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dispatch.Server.Calls;
using Dispatch.Tests.Infrastructure;

namespace Dispatch.Tests.Calls;

/// <summary>A real Redis and server for the call tests, with a signed-in dispatcher.</summary>
public abstract class CallsFixture : ServerFixture
{
    protected HttpClient Dispatcher = null!;
    protected static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [OneTimeSetUp]
    public async Task SignInDispatcher() => Dispatcher = await DispatcherAsync();

    [OneTimeTearDown]
    public void DisposeDispatcher() => Dispatcher.Dispose();

    protected static object EmergencyAt(double lon = 104.0735, double lat = 30.6743, int priority = 1, string[]? equipment = null) => new
    {
        kind = "Emergency", lon, lat, chiefComplaint = "胸痛 30 分钟，大汗", priority, callerPhone = "138 0000 0000", requiredEquipment = equipment ?? [],
    };

    protected async Task<Call> CreateAsync(object body, HttpClient? client = null)
    {
        using var response = await (client ?? Dispatcher).PostAsJsonAsync("/api/calls", body);
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Call>(Json))!;
    }

    protected async Task<HttpResponseMessage> AssignAsync(string callId, string vehicleId, HttpClient? client = null) =>
        await (client ?? Dispatcher).PostAsJsonAsync($"/api/calls/{callId}/assign", new { vehicleId });
}
