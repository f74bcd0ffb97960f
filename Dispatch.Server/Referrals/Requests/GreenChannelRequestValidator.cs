namespace Dispatch.Server.Referrals.Requests;

/// <summary>
/// Field-level checks whose keys match the JSON property paths, so a console can put each message
/// beside the field. Returns an empty dictionary when the request is acceptable.
/// </summary>
public static class GreenChannelRequestValidator
{
    public static IReadOnlyDictionary<string, string[]> Validate(GreenChannelRequest? request)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
            list.Add(message);
        }

        if (request is null)
        {
            Add("body", "A green-channel request body is required.");
            return Freeze(errors);
        }

        if (string.IsNullOrWhiteSpace(request.RequestingFacilityId))
            Add("requestingFacilityId", "The requesting facility is required.");
        if (request.PersonId is { } personId && !Guid.TryParseExact(personId, "D", out _) && !Guid.TryParseExact(personId, "N", out _))
            Add("personId", "A register person id is a UUID.");
        if (!Enum.IsDefined(request.Priority))
            Add("priority", "Priority must be 1 (most urgent) to 4.");

        var patient = request.Patient;
        if (patient is null)
        {
            Add("patient", "The patient summary is required.");
        }
        else
        {
            if (patient.Age is < 0 or > 130) Add("patient.age", "Age must be between 0 and 130 years.");
            if (!Enum.IsDefined(patient.Sex)) Add("patient.sex", "Sex must be female, male or unknown.");
            if (!Enum.IsDefined(patient.Tier)) Add("patient.tier", "Tier must be red, yellow or green.");
            if (string.IsNullOrWhiteSpace(patient.Condition)) Add("patient.condition", "Describe the condition.");
            else if (patient.Condition.Length > 2000) Add("patient.condition", "The condition is limited to 2000 characters.");
            ValidateVitals(patient.Vitals, Add);
        }

        if (request.RequiredCapabilities is null)
            Add("requiredCapabilities", "List the required capabilities (it may be empty).");
        else if (request.RequiredCapabilities.Any(c => !Enum.IsDefined(c)))
            Add("requiredCapabilities", "Unknown capability.");

        if (request.AccompanyingStaff is null)
            Add("accompanyingStaff", "List the accompanying medical staff (it may be empty).");
        else
            for (var i = 0; i < request.AccompanyingStaff.Count; i++)
            {
                var staff = request.AccompanyingStaff[i];
                if (staff is null || string.IsNullOrWhiteSpace(staff.Name))
                    Add($"accompanyingStaff[{i}].name", "Each accompanying person needs a name.");
                if (staff is null || string.IsNullOrWhiteSpace(staff.Role))
                    Add($"accompanyingStaff[{i}].role", "Each accompanying person needs a role (doctor, nurse).");
            }

        return Freeze(errors);
    }

    private static void ValidateVitals(Vitals? vitals, Action<string, string> add)
    {
        if (vitals is null)
        {
            add("patient.vitals", "Vital signs are required (unknown values may be null).");
            return;
        }
        // Wide physiological bounds: they catch typing slips, not clinical judgement.
        if (vitals.SpO2 is < 30 or > 100) add("patient.vitals.spO2", "SpO2 must be between 30 and 100 %.");
        if (vitals.HeartRate is < 0 or > 300) add("patient.vitals.heartRate", "Heart rate must be between 0 and 300 /min.");
        if (vitals.SystolicBp is < 0 or > 300) add("patient.vitals.systolicBp", "Systolic pressure must be between 0 and 300 mmHg.");
        if (vitals.DiastolicBp is < 0 or > 200) add("patient.vitals.diastolicBp", "Diastolic pressure must be between 0 and 200 mmHg.");
        if (vitals is { SystolicBp: { } s, DiastolicBp: { } d } && d > s)
            add("patient.vitals.diastolicBp", "Diastolic pressure cannot exceed systolic pressure.");
        if (vitals.RespiratoryRate is < 0 or > 80) add("patient.vitals.respiratoryRate", "Respiratory rate must be between 0 and 80 /min.");
        if (vitals.Consciousness is { } c && !Enum.IsDefined(c)) add("patient.vitals.consciousness", "Consciousness must be alert, voice, pain or unresponsive.");
    }

    private static IReadOnlyDictionary<string, string[]> Freeze(Dictionary<string, List<string>> errors) =>
        errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
