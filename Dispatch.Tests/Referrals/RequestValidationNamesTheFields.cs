using Dispatch.Server.Referrals.Requests;

namespace Dispatch.Tests.Referrals;

public sealed class RequestValidationNamesTheFields
{
    [Test]
    public void A_complete_request_has_no_errors()
    {
        Assert.That(GreenChannelRequestValidator.Validate(ReferralSamples.Request()), Is.Empty);
    }

    [Test]
    public void Impossible_values_are_reported_per_field()
    {
        var good = ReferralSamples.Request();
        var bad = good with
        {
            Priority = (Priority)7,
            RequestingFacilityId = "",
            Patient = good.Patient with
            {
                Age = -1,
                Condition = " ",
                Vitals = new Vitals(140, 500, 80, 120, -3, null),
            },
            AccompanyingStaff = [new AccompanyingStaff("", "nurse", null)],
        };

        var errors = GreenChannelRequestValidator.Validate(bad);

        Assert.That(errors.Keys, Is.EquivalentTo(new[]
        {
            "priority", "requestingFacilityId", "patient.age", "patient.condition", "patient.vitals.spO2",
            "patient.vitals.heartRate", "patient.vitals.diastolicBp", "patient.vitals.respiratoryRate", "accompanyingStaff[0].name",
        }));
    }

    [Test]
    public void Missing_body_is_an_error_not_an_exception()
    {
        Assert.That(GreenChannelRequestValidator.Validate(null), Contains.Key("body"));
    }
}

public sealed class RequestJsonUsesClinicalNames
{
    [Test]
    public void Priority_travels_as_its_number_and_capabilities_as_camel_case_names()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(ReferralSamples.Request(Priority.Immediate), Dispatch.Server.Referrals.Persistence.ReferralJson.Options);
        Assert.Multiple(() =>
        {
            Assert.That(json, Does.Contain("\"priority\":1"));
            Assert.That(json, Does.Contain("\"requiredCapabilities\":[\"pci\",\"icu\"]"));
            Assert.That(json, Does.Contain("\"tier\":\"red\""));
        });
    }

    [Test]
    public void An_out_of_range_priority_number_reaches_validation()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(ReferralSamples.Request(), Dispatch.Server.Referrals.Persistence.ReferralJson.Options)
            .Replace("\"priority\":2", "\"priority\":9");
        var parsed = System.Text.Json.JsonSerializer.Deserialize<GreenChannelRequest>(json, Dispatch.Server.Referrals.Persistence.ReferralJson.Options);
        Assert.That(GreenChannelRequestValidator.Validate(parsed), Contains.Key("priority"));
    }
}
