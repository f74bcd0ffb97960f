using System.Security.Cryptography;
using Dispatch.Server.Registry.Privacy;

namespace Dispatch.Tests.Registry;

public class IdCardsAreKeptAsAHashAndLastFour
{
    // A syntactically valid, invented number (its check character computed by ISO 7064 MOD 11-2).
    private const string Valid = "11010519491231002X";

    [Test]
    public void TheCheckCharacterIsVerified()
    {
        Assert.Multiple(() =>
        {
            Assert.That(IdCard.IsValid(Valid), Is.True);
            Assert.That(IdCard.IsValid(Valid.ToLowerInvariant().ToUpperInvariant()), Is.True);
            Assert.That(IdCard.IsValid("110105194912310021"), Is.False);
            Assert.That(IdCard.IsValid("11010519491231002"), Is.False);
            Assert.That(IdCard.IsValid("1101051949123100AX"), Is.False);
        });
    }

    [Test]
    public void TheSameNumberHashesAlikeUnderOneKeyAndDifferentlyUnderAnother()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var a = new IdCard(key);
        var b = new IdCard(RandomNumberGenerator.GetBytes(32));
        Assert.Multiple(() =>
        {
            Assert.That(a.Hash(Valid), Is.EqualTo(new IdCard(key).Hash(" " + Valid.ToLowerInvariant() + " ")));
            Assert.That(a.Hash(Valid), Is.Not.EqualTo(b.Hash(Valid)));
            Assert.That(IdCard.LastFour(Valid), Is.EqualTo("002X"));
        });
    }

    [Test]
    public void ListsShowOnlyTheEndsOfPhoneAndId()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Mask.Phone("13812345678"), Is.EqualTo("138****5678"));
            Assert.That(Mask.Phone("028-8765"), Is.EqualTo("****8765"));
            Assert.That(Mask.IdCard("002X"), Is.EqualTo("**************002X"));
            Assert.That(Mask.IdCard(null), Is.Null);
        });
    }
}
