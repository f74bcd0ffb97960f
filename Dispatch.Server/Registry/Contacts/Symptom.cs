using System.Text.Json.Serialization;
using Dispatch.Server.Contract;

namespace Dispatch.Server.Registry.Contacts;

/// <summary>Symptoms a team asks about; the weights rank how worrying a set of them is (see <see cref="SymptomScore"/>).</summary>
[JsonConverter(typeof(WireEnumConverter<Symptom>))]
public enum Symptom
{
    Fever,
    Cough,
    SoreThroat,
    Fatigue,
    Diarrhoea,
    ShortnessOfBreath,
    ChestPain,
    Confusion,
}

public static class SymptomScore
{
    /// <summary>Breathlessness, chest pain and confusion are warning signs and weigh three times an ordinary symptom.</summary>
    public static int Of(IEnumerable<Symptom> symptoms) => symptoms.Distinct().Sum(s => s switch
    {
        Symptom.ShortnessOfBreath or Symptom.ChestPain or Symptom.Confusion => 3,
        _ => 1,
    });
}
