using NUnit.Framework;
using Verify.Symbolic;
using Verify.Theorems.Tests.Obligations;

namespace Verify.Theorems.Tests.Chatterjee2022;

/// <summary>
/// The obligations of our harness-safe form of the criterion theorem (spec §3, [D]) are linked (a step states a conclusion
/// of the step before it as a premise, written identically), and deliberately wrong constants are refuted with a model.
/// That every obligation is proved, not vacuous and sensitive to its constants is catalog-wide (<see cref="ObligationCatalogTests"/>).
/// </summary>
public sealed class ObligationTests
{
    private static string ObligationDirectory => Path.Combine(AppContext.BaseDirectory, "Chatterjee2022", "obligations");

    [TestCase("star-radius.smt2", "star-certify.smt2")]
    [TestCase("segment-radius.smt2", "descent-lemma.smt2")]
    [TestCase("segment-radius.smt2", "star-radius.smt2")]
    [TestCase("rho-range.smt2", "descent-lemma.smt2")]
    [TestCase("pl-rate.smt2", "descent-lemma.smt2")]
    [TestCase("pl-rate.smt2", "rho-range.smt2")]
    [TestCase("path-step.smt2", "descent-lemma.smt2")]
    [TestCase("path-sum.smt2", "path-step.smt2")]
    [TestCase("path-radius.smt2", "path-sum.smt2")]
    [TestCase("path-radius.smt2", "star-radius.smt2")]
    public void ChainStep_AssumesAConclusionOfTheStepBefore(string step, string before)
    {
        var premises = Read(step).Premises;

        Assert.That(Read(before).Conclusions.Where(premises.Contains), Is.Not.Empty,
            $"{step} states none of the conclusions of {before} as a premise:\n{string.Join("\n", Read(before).Conclusions)}");
    }

    /// <summary>
    /// (⋆) with the constant 4 lowered to 3 does not give the radius bound 2√f₀ &lt; c r √α: Z3 finds a model (f = |x|²
    /// shows 4 is sharp, spec §2).
    /// </summary>
    [Test]
    public void StarWithConstantThree_IsRefutedWithAModel()
    {
        var result = CheckReplaced("star-radius.smt2", "(< (* 4.0 f0) (* c c r r alpha))", "(< (* 3.0 f0) (* c c r r alpha))");

        Assert.That(result, Is.InstanceOf<ProofResult.Refuted>(), result.ToString());
        Assert.That(((ProofResult.Refuted)result).Model, Does.Contain("define-fun s0 ").And.Contain("define-fun r "));
    }

    /// <summary>The path-length constant 2 of step P6 is the best one: 1.9 is refuted with a model (a step with f_{k+1} close to f_k).</summary>
    [Test]
    public void PathStepWithConstantBelowTwo_IsRefutedWithAModel()
    {
        var result = CheckReplaced("path-step.smt2", "(* 2.0 (- s sn))", "(* 1.9 (- s sn))");

        Assert.That(result, Is.InstanceOf<ProofResult.Refuted>(), result.ToString());
        Assert.That(((ProofResult.Refuted)result).Model, Does.Contain("define-fun gn "));
    }

    /// <summary>The descent lemma needs c = 1 − βη/2: with c = 1 − βη/4 (forgetting the ½ of Taylor's remainder twice) it fails.</summary>
    [Test]
    public void DescentWithQuarterInsteadOfHalf_IsRefutedWithAModel()
    {
        var result = CheckReplaced("descent-lemma.smt2", "(= c (- 1.0 (* (/ 1.0 2.0) beta eta)))", "(= c (- 1.0 (* (/ 1.0 4.0) beta eta)))");

        Assert.That(result, Is.InstanceOf<ProofResult.Refuted>(), result.ToString());
        Assert.That(((ProofResult.Refuted)result).Model, Does.Contain("define-fun ft "));
    }

    /// <summary>The Gram/δ lower bound with 4/n raised to 5/n is not a lower bound on α: refuted with a model.</summary>
    [Test]
    public void SchurBoundWithFiveOverN_IsRefutedWithAModel()
    {
        var result = CheckReplaced("alpha-schur.smt2", "(= (* A n) (* 4.0 tG D))", "(= (* A n) (* 5.0 tG D))");

        Assert.That(result, Is.InstanceOf<ProofResult.Refuted>(), result.ToString());
        Assert.That(((ProofResult.Refuted)result).Model, Does.Contain("define-fun A "));
    }

    private static ProofResult CheckReplaced(string file, string right, string wrong)
    {
        string text = File.ReadAllText(Path.Combine(ObligationDirectory, file));
        Assert.That(text, Does.Contain(right));
        using var session = new Z3Session();
        return session.Check(text.Replace(right, wrong, StringComparison.Ordinal));
    }

    private static ObligationScript Read(string file) => ObligationScript.Parse(File.ReadAllText(Path.Combine(ObligationDirectory, file)));
}
