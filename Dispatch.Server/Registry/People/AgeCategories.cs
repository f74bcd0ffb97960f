namespace Dispatch.Server.Registry.People;

/// <summary>The categories a birth date decides by itself (≥ 65, child), so the ledger never disagrees with the calendar.</summary>
public static class AgeCategories
{
    public const int ElderlyFrom = 65;
    public const int ChildUnder = 14;

    public static int AgeOn(DateOnly birthDate, DateOnly today)
    {
        var age = today.Year - birthDate.Year;
        if (today < birthDate.AddYears(age)) age--;
        return age;
    }

    /// <summary>The stated categories with the age-derived ones set or cleared from the birth date.</summary>
    public static IReadOnlyList<Category> Apply(IEnumerable<Category> stated, DateOnly birthDate, DateOnly today)
    {
        var age = AgeOn(birthDate, today);
        var set = new HashSet<Category>(stated);
        set.Remove(Category.Over65);
        set.Remove(Category.Child);
        if (age >= ElderlyFrom) set.Add(Category.Over65);
        if (age < ChildUnder) set.Add(Category.Child);
        return set.OrderBy(c => c).ToList();
    }
}
