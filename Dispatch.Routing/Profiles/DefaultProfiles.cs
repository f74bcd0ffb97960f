namespace Dispatch.Routing.Profiles;

/// <summary>Profiles shipped with the library as embedded resources.</summary>
public static class DefaultProfiles
{
    public const string AmbulanceName = "ambulance";
    public const string NonEmergencyName = "non-emergency";

    public static RoutingProfile Ambulance => Load("ambulance.json");
    public static RoutingProfile NonEmergency => Load("non-emergency.json");

    public static string AmbulanceJson => ReadText("ambulance.json");
    public static string NonEmergencyJson => ReadText("non-emergency.json");

    private static RoutingProfile Load(string file) => RoutingProfile.Parse(ReadText(file));

    private static string ReadText(string file)
    {
        var asm = typeof(DefaultProfiles).Assembly;
        var name = $"Dispatch.Routing.Profiles.Defaults.{file}";
        using var stream = asm.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded profile {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
