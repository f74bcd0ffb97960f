using System.Security.Cryptography;
using Dispatch.Routing.Contraction;
using Dispatch.Routing.Graph;
using Dispatch.Routing.Profiles;

namespace Dispatch.Routing.Storage;

/// <summary>
/// Saves and loads a road graph with its contraction hierarchy, so a server restart skips import and contraction.
/// The file name is a hash of the OSM file bytes, the profile and the format version.
/// </summary>
public static class PreparedGraphStore
{
    // Bump when the file layout, the weights' unit or the contraction rules change, so old caches are rebuilt.
    // 4: weights in TravelTicks (100 µs) instead of whole milliseconds.
    private const int FormatVersion = 4;
    private const uint Magic = 0x52445047; // "GPDR"

    public static string CacheKey(string osmPath, RoutingProfile profile)
    {
        using var sha = SHA256.Create();
        using (var file = File.OpenRead(osmPath)) sha.ComputeHash(file);
        var fileHash = Convert.ToHexString(sha.Hash!);
        var key = SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{fileHash}|{profile.Fingerprint()}|v{FormatVersion}"));
        return Convert.ToHexString(key)[..32].ToLowerInvariant();
    }

    public static void Save(string path, RoadGraph g, ContractionHierarchy ch)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + "." + Environment.ProcessId + ".tmp";
        using (var w = new BinaryWriter(File.Create(temp)))
        {
            w.Write(Magic); w.Write(FormatVersion);
            Write(w, g.VertexLon); Write(w, g.VertexLat);
            Write(w, g.EdgeFrom); Write(w, g.EdgeTo); Write(w, g.EdgeTicks); Write(w, g.EdgeMeters); Write(w, g.EdgeSegment);
            Write(w, g.SegmentCoordStart); Write(w, g.CoordLon); Write(w, g.CoordLat); Write(w, g.SegmentWayId);
            Write(w, g.SegmentForward); Write(w, g.SegmentBackward);
            Write(w, ch.Rank); Write(w, ch.EdgeTicks); Write(w, ch.EdgeMeters); Write(w, ch.ChildA); Write(w, ch.ChildB);
            Write(w, ch.UpStart); Write(w, ch.UpHead); Write(w, ch.UpEdge);
            Write(w, ch.DownStart); Write(w, ch.DownTail); Write(w, ch.DownEdge);
        }
        // Rename last so a concurrent reader never sees a half-written file.
        File.Move(temp, path, overwrite: true);
    }

    public static (RoadGraph graph, ContractionHierarchy hierarchy) Load(string path)
    {
        using var r = new BinaryReader(File.OpenRead(path));
        if (r.ReadUInt32() != Magic || r.ReadInt32() != FormatVersion)
            throw new InvalidDataException($"{path} is not a prepared road graph of format {FormatVersion}.");
        var g = new RoadGraph(
            ReadD(r), ReadD(r), ReadI(r), ReadI(r), ReadI(r), ReadD(r), ReadI(r),
            ReadI(r), ReadD(r), ReadD(r), ReadL(r), ReadI(r), ReadI(r));
        var ch = new ContractionHierarchy(g.EdgeCount, ReadI(r), ReadI(r), ReadD(r), ReadI(r), ReadI(r),
            ReadI(r), ReadI(r), ReadI(r), ReadI(r), ReadI(r), ReadI(r));
        return (g, ch);
    }

    private static void Write<T>(BinaryWriter w, T[] a) where T : unmanaged
    {
        w.Write(a.Length);
        w.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(a.AsSpan()));
    }

    private static T[] Read<T>(BinaryReader r) where T : unmanaged
    {
        var a = new T[r.ReadInt32()];
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(a.AsSpan());
        if (r.Read(bytes) != bytes.Length) throw new EndOfStreamException("Prepared graph file is truncated.");
        return a;
    }

    private static int[] ReadI(BinaryReader r) => Read<int>(r);
    private static double[] ReadD(BinaryReader r) => Read<double>(r);
    private static long[] ReadL(BinaryReader r) => Read<long>(r);
}
