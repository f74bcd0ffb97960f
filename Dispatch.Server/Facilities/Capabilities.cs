namespace Dispatch.Server.Facilities;

/// <summary>The clinical capabilities a referral can require of a receiving hospital.</summary>
public static class Capabilities
{
    public const string Icu = "icu";
    public const string Pci = "pci";
    public const string Stroke = "stroke";
    public const string Dialysis = "dialysis";
    public const string Obstetrics = "obstetrics";
    public const string Nicu = "nicu";
    public const string Paediatrics = "paediatrics";
    public const string FeverClinic = "feverClinic";
    public const string NegativePressure = "negativePressure";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
        { Icu, Pci, Stroke, Dialysis, Obstetrics, Nicu, Paediatrics, FeverClinic, NegativePressure };
}
