namespace Dispatch.Server.Referrals.Requests;

/// <summary>AVPU scale, the quickest consciousness check a village doctor can report.</summary>
public enum Consciousness
{
    Alert,
    Voice,
    Pain,
    Unresponsive,
}
