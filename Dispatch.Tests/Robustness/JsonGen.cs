using System.Text.Json.Nodes;
using CsCheck;

namespace Dispatch.Tests.Robustness;

/// <summary>CsCheck generators for hostile JSON: wrong types, out-of-range and non-finite numbers, huge strings, missing fields.</summary>
public static class JsonGen
{
    public static readonly Gen<JsonNode?> Scalar = Gen.OneOf<JsonNode?>(
        Gen.Const((JsonNode?)null),
        Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
        Gen.Int.Select(i => (JsonNode?)JsonValue.Create(i)),
        Gen.Long.Select(l => (JsonNode?)JsonValue.Create(l)),
        Gen.Double[-1e9, 1e9].Select(d => (JsonNode?)JsonValue.Create(d)),
        Gen.OneOf(double.MaxValue, double.MinValue, double.Epsilon, -0.0, 1e300, 181.0, -91.0).Select(d => (JsonNode?)JsonValue.Create(d)),
        // JSON has no NaN or infinity; clients that try send them as strings.
        Gen.OneOf("NaN", "Infinity", "-Infinity", "", " ", "null", "1e400", "0x1F", "\u0000", "🚑", "'; DROP TABLE x; --",
            "<script>alert(1)</script>", "../../etc/passwd", "2026-13-45T99:99:99Z", new string('x', 20_000)).Select(s => (JsonNode?)JsonValue.Create(s)),
        Gen.String.Select(s => (JsonNode?)JsonValue.Create(s)));

    public static readonly Gen<JsonNode?> Any = Gen.Recursive<JsonNode?>((depth, inner) => depth >= 3
        ? Scalar
        : Gen.Frequency<JsonNode?>(
            (4, Scalar),
            (1, inner.Array[0, 4].Select(items => (JsonNode?)new JsonArray(items.Select(i => i?.DeepClone()).ToArray()))),
            (2, Gen.Select(Gen.OneOf("id", "lon", "lat", "reason", "patient", "vehicleId", "hospitalId", "priority", "x", "").Array[0, 4], inner.Array[4],
                (keys, values) =>
                {
                    var o = new JsonObject();
                    for (var i = 0; i < keys.Length; i++) o[keys[i]] = values[i]?.DeepClone();
                    return (JsonNode?)o;
                }))));

    /// <summary>A valid body with one field replaced by hostile JSON or removed: gets past parsing into validation.</summary>
    public static Gen<JsonNode?> Mutated(JsonNode template) =>
        Gen.Select(Gen.Int[0, 1_000_000], Gen.Bool, Any, (pick, remove, replacement) =>
        {
            var copy = template.DeepClone();
            var slots = Slots(copy).ToList();
            if (slots.Count == 0) return replacement;
            var (parent, key) = slots[pick % slots.Count];
            if (parent is JsonObject o) { if (remove) o.Remove((string)key); else o[(string)key] = replacement; }
            else if (parent is JsonArray a) a[(int)key] = replacement;
            return copy;
        });

    private static IEnumerable<(JsonNode Parent, object Key)> Slots(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o.ToList())
                {
                    yield return (o, key);
                    if (child is not null) foreach (var s in Slots(child)) yield return s;
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    yield return (a, i);
                    if (a[i] is { } child) foreach (var s in Slots(child)) yield return s;
                }
                break;
        }
    }
}
