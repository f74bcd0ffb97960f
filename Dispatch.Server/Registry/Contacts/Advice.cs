namespace Dispatch.Server.Registry.Contacts;

/// <summary>What the team advised at the contact.</summary>
public enum Advice
{
    HomeCare,
    MedicationGuidance,
    Refer,
}
