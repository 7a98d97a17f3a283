using NUnit.Framework;

namespace Verify.Numerics.Tests;

public sealed class BackendChoicesTests
{
    [TestCase("auto", BackendChoice.Auto)]
    [TestCase("MKL", BackendChoice.Mkl)]
    [TestCase("OpenBlas", BackendChoice.OpenBlas)]
    [TestCase(" managed ", BackendChoice.Managed)]
    public void ParsesNamesCaseInsensitively(string text, BackendChoice expected) =>
        Assert.That(BackendChoices.Parse(text), Is.EqualTo(expected));

    [TestCase("cuda")]
    [TestCase("")]
    [TestCase("open-blas")]
    public void UnknownNameListsTheValidOnes(string text)
    {
        var e = Assert.Throws<ArgumentException>(() => BackendChoices.Parse(text));
        Assert.That(e!.Message, Does.Contain("auto, mkl, openblas, managed"));
    }

    [Test]
    public void NamesRoundTrip()
    {
        foreach (var choice in Enum.GetValues<BackendChoice>())
        {
            Assert.That(BackendChoices.Parse(choice.ToName()), Is.EqualTo(choice));
        }
    }
}
