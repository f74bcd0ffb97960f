namespace Dispatch.Server.Referrals.Requests;

public enum Sex
{
    Female,
    Male,
    Unknown,
}
