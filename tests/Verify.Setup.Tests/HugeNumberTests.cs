using NUnit.Framework;

namespace Verify.Setup.Tests;

/// <summary>Numeric literals with absurd digit counts are refused by their digit count, in linear time.</summary>
public sealed class HugeNumberTests : InTempFolder
{
    [Test]
    public void TwoHundredThousandDigits_AreRefusedByTheirCountWhereverAnIntegerIsRead()
    {
        string digits = "7" + new string('3', 199_999);
        Folder.Write("x.csv", "1,0\n0,1\n");
        Folder.Write("y.csv", "1\n-1\n");
        string mlp = Folder.Write("mlp.json", $$"""
            {
              "data": { "inputs": "x.csv", "targets": "y.csv" },
              "model": { "architecture": "mlp", "widths": [{{digits}}, 1], "activation": "tanh", "init": { "scheme": "lecun", "seed": {{digits}} } },
              "training": { "learningRate": 0.1, "steps": -{{digits}} }
            }
            """);
        string relu = Folder.Write("relu.json", $$"""
            {
              "data": { "inputs": "x.csv", "targets": "y.csv" },
              "model": { "architecture": "two-layer-relu", "width": {{digits}}, "init": { "seed": 7 } },
              "training": { "learningRate": 0.1, "steps": 10 }
            }
            """);
        string mlpProblems = string.Join("\n", Assert.Throws<SetupException>(() => SetupLoader.Load(mlp, []))!.Problems);
        string reluProblems = string.Join("\n", Assert.Throws<SetupException>(() => SetupLoader.Load(relu, []))!.Problems);

        // "a number with N digits" is only written by the digit-count check, which runs before BigInteger.Parse (quadratic
        // in the digits): no timing needed, and none would be reliable on a shared machine.
        Assert.That(mlpProblems, Does.Contain("$.model.init.seed: expected a seed").And.Contain("found a number with 200000 digits"));
        Assert.That(mlpProblems, Does.Contain("$.training.steps: expected the number of steps").And.Contain("found a number with 200000 digits"));
        Assert.That(mlpProblems, Does.Contain("$.model.widths[0]: expected a layer width"));
        Assert.That(reluProblems, Does.Contain("$.model.width: expected the width m").And.Contain("found a number with 200000 digits"));
    }

    [TestCase("-0", 0)]
    [TestCase("0", 0)]
    [TestCase("123", 123)]
    [TestCase("-42", -42)]
    public void ShortIntegers_AreReadExactly(string literal, int expected)
    {
        using var document = System.Text.Json.JsonDocument.Parse(literal);
        Assert.That(JsonSection.WholeNumber(document.RootElement), Is.EqualTo(new System.Numerics.BigInteger(expected)));
    }

    [Test]
    public void ThirtyDigits_AreReadAndThirtyOneRefused()
    {
        using var thirty = System.Text.Json.JsonDocument.Parse(new string('9', 30));
        using var thirtyOne = System.Text.Json.JsonDocument.Parse("-" + new string('9', 31));
        Assert.That(JsonSection.WholeNumber(thirty.RootElement), Is.EqualTo(System.Numerics.BigInteger.Pow(10, 30) - 1));
        Assert.That(JsonSection.WholeNumber(thirtyOne.RootElement), Is.Null);
    }
}
