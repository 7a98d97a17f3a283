using NUnit.Framework;
using Verify.Symbolic;
using Verify.Theorems.Tests.Obligations;

namespace Verify.Theorems.Tests.Du2019;

/// <summary>
/// The chain's obligations are linked, and weakened obligations of the module are refuted (that every shipped obligation
/// is proved, not vacuous and sensitive to its constants is catalog-wide, <see cref="ObligationCatalogTests"/>).
/// </summary>
public sealed class ObligationTests
{
    private static string ObligationDirectory => Path.Combine(AppContext.BaseDirectory, "Du2019", "obligations");

    /// <summary>A step of the Instance-tier chain assumes a conclusion of the step before it, written identically (README, "The Instance tier").</summary>
    [TestCase("chain-final.smt2", "step-expansion.smt2")]
    [TestCase("step-expansion.smt2", "step-split.smt2")]
    [TestCase("step-expansion.smt2", "step-norm.smt2")]
    [TestCase("corollary41-radius.smt2", "sqrt-bound.smt2")]
    [TestCase("corollary41-radius.smt2", "geometric-sum.smt2")]
    public void ChainStep_AssumesAConclusionOfTheStepBefore(string step, string before)
    {
        var premises = Read(step).Premises;

        Assert.That(Read(before).Conclusions.Where(premises.Contains), Is.Not.Empty,
            $"{step} states none of the conclusions of {before} as a premise:\n{string.Join("\n", Read(before).Conclusions)}");
    }

    [Test]
    public void WidthConstantTooSmall_IsRefutedWithAModel()
    {
        string text = File.ReadAllText(Path.Combine(ObligationDirectory, "width-radius.smt2"));
        Assert.That(text, Does.Contain("262144.0"));
        using var session = new Z3Session();

        var result = session.Check(text.Replace("262144.0", "200000.0", StringComparison.Ordinal));

        Assert.That(result, Is.InstanceOf<ProofResult.Refuted>());
        Assert.That(((ProofResult.Refuted)result).Model, Does.Contain("define-fun m ").And.Contain("define-fun rho "));
    }

    [Test]
    public void TheRoundedConstant41721Point5_IsNotSufficient()
    {
        // 262144/(2π) = 41721.513…: the constant rounded down admits widths where R′ ≥ R.
        string text = File.ReadAllText(Path.Combine(ObligationDirectory, "width-radius.smt2"));
        string rounded = text.Replace("(* m 2.0 pi lambda0", "(* m lambda0", StringComparison.Ordinal)
            .Replace("(* 262144.0 (+", "(* 41721.5 (+", StringComparison.Ordinal);
        Assert.That(rounded, Does.Contain("41721.5").And.Contain("(* m lambda0"));
        using var session = new Z3Session();

        Assert.That(session.Check(rounded), Is.InstanceOf<ProofResult.Refuted>());
    }

    private static ObligationScript Read(string file) => ObligationScript.Parse(File.ReadAllText(Path.Combine(ObligationDirectory, file)));
}
