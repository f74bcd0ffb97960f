namespace Dispatch.Server.Referrals.Requests;

/// <summary>Key-population risk tier kept by grassroots doctors (red: high risk, contacted at least 3 times a week).</summary>
public enum Tier
{
    Green,
    Yellow,
    Red,
}
