using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Requests;

namespace Dispatch.Tests.Referrals;

/// <summary>Shared people, hospitals and requests for referral tests.</summary>
internal static class ReferralSamples
{
    public const string Facility = "thc-anping";
    public static readonly DateTimeOffset T0 = new(2026, 3, 1, 8, 0, 0, TimeSpan.FromHours(8));

    public static readonly Actor Doctor = Actor.Doctor("dr.li", Facility);
    public static readonly Actor OtherDoctor = Actor.Doctor("dr.wang", "thc-other");
    public static readonly Actor Dispatcher = Actor.Dispatcher("disp.zhao");
    public static readonly Actor HospitalA = Actor.Hospital("a.desk", "hosp-a");
    public static readonly Actor HospitalB = Actor.Hospital("b.desk", "hosp-b");
    public static readonly Actor HospitalC = Actor.Hospital("c.desk", "hosp-c");
    public static readonly Actor Crew = Actor.Crew("crew-12", "amb-12");
    public static readonly Actor OtherCrew = Actor.Crew("crew-7", "amb-7");
    public static readonly Actor Admin = new("root", ReferralRoles.Admin);

    public static readonly IReadOnlyList<HospitalCandidate> Candidates =
    [
        new("hosp-a", "County People's Hospital", 18),
        new("hosp-b", "City No.1 Hospital", 35),
    ];

    public static GreenChannelRequest Request(Priority priority = Priority.VeryUrgent, string facility = Facility) => new(
        new PatientSummary(72, Sex.Male, Tier.Red, "Suspected STEMI, chest pain 40 min",
            new Vitals(91, 118, 92, 60, 24, Consciousness.Alert)),
        [Capability.Pci, Capability.Icu],
        priority,
        facility,
        [new AccompanyingStaff("Nurse Chen", "nurse", "13800000000")]);

    public static Referral NewReferral(Priority priority = Priority.VeryUrgent) => new()
    {
        Id = "ref-1",
        CreatedBy = Doctor.Name,
        CreatedAt = T0,
        UpdatedAt = T0,
        Request = Request(priority),
    };

    /// <summary>A lifecycle advanced to Offered (hospital A asked) by the doctor and a dispatcher.</summary>
    public static ReferralLifecycle Offered(Priority priority = Priority.VeryUrgent)
    {
        var lifecycle = new ReferralLifecycle(NewReferral(priority), new OfferTimeouts());
        lifecycle.Request(Doctor, T0);
        lifecycle.Match(Dispatcher, T0.AddSeconds(5), Candidates, []);
        return lifecycle;
    }
}
