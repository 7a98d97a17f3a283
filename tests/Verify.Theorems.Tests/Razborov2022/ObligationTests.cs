using NUnit.Framework;
using Verify.Symbolic;
using Verify.Theorems.Tests.Obligations;

namespace Verify.Theorems.Tests.Razborov2022;

/// <summary>
/// The two-rate certificate's obligations (theorems/Razborov2022/obligations, README.md ("Proof")) are linked — a step states a
/// conclusion of the step it uses as a premise, written identically — and deliberately wrong constants are refuted with
/// a model. That each obligation is proved, not vacuous and sensitive to a constant is catalog-wide
/// (<see cref="ObligationCatalogTests"/>).
/// </summary>
public sealed class ObligationTests
{
    private static string ObligationDirectory => Path.Combine(AppContext.BaseDirectory, "Razborov2022", "obligations");

    [TestCase("features.smt2", "lipschitz.smt2", "(<= dF (* kap x dW))")]
    [TestCase("gradient.smt2", "features.smt2", "(<= fk fb)")]
    [TestCase("contraction.smt2", "features.smt2", "(<= fk fb)")]
    [TestCase("movement-a.smt2", "gradient.smt2", "(<= ga (* fb e))")]
    [TestCase("movement-w.smt2", "gradient.smt2", "(<= gw (* kap x ab e))")]
    [TestCase("cross-term.smt2", "lipschitz.smt2", "(<= dF (* kap x dW))")]
    [TestCase("cross-term.smt2", "gradient.smt2", "(<= gw (* kap x ab e))")]
    [TestCase("cross-term.smt2", "gradient.smt2", "(<= an ab)")]
    [TestCase("step-factor.smt2", "features.smt2", "(>= (* 2.0 s) lf)")]
    [TestCase("step-factor.smt2", "cross-term.smt2", "(<= (* 8.0 t2) (* eta2 lf lf e))")]
    public void ChainStep_AssumesTheConclusionOfTheStepItUses(string step, string before, string conclusion)
    {
        Assert.That(Read(before).Conclusions, Does.Contain(conclusion), $"{before} does not conclude {conclusion}");
        Assert.That(Read(step).Premises, Does.Contain(conclusion), $"{step} does not assume {conclusion}, written as {before} concludes it");
    }

    /// <summary>
    /// The factor 1 − η₂λ_F²/4 — what the output layer alone gives with σ_n(F_k) ≥ λ_F/2, forgetting the ReLU cross term
    /// (F_{k+1} − F_k)a_{k+1} that the hidden layer's step adds — is false: Z3 finds a model with t2 &gt; 0.
    /// </summary>
    [Test]
    public void FactorWithoutTheCrossTerm_IsRefutedWithAModel()
    {
        var result = Mutant("step-factor.smt2", "(/ (* eta2 lf lf) 8.0)", "(/ (* eta2 lf lf) 4.0)");

        Assert.That(result, Is.InstanceOf<ProofResult.Refuted>(), result.ToString());
        Assert.That(((ProofResult.Refuted)result).Model, Does.Contain("define-fun en ").And.Contain("define-fun t2 "));
    }

    /// <summary>The output layer's radius with 4 in place of 8 (as if the rate were η₂λ_F²/4) does not bound its path: a model.</summary>
    [Test]
    public void OutputRadiusWithConstantFour_IsRefutedWithAModel()
    {
        var result = Mutant("movement-a.smt2", "(<= (* 8.0 e0 fb) (* ra lf lf))", "(<= (* 4.0 e0 fb) (* ra lf lf))");

        Assert.That(result, Is.InstanceOf<ProofResult.Refuted>(), result.ToString());
        Assert.That(((ProofResult.Refuted)result).Model, Does.Contain("define-fun dn "));
    }

    /// <summary>The Lipschitz constant without κ (‖F(W′) − F(W)‖₂ ≤ ‖X‖₂‖W′ − W‖_F) is false for κ &gt; 1: a model.</summary>
    [Test]
    public void LipschitzConstantWithoutKappa_IsRefutedWithAModel()
    {
        var result = Mutant("lipschitz.smt2", "(assert (not (<= dF (* kap x dW))))", "(assert (not (<= dF (* x dW))))");

        Assert.That(result, Is.InstanceOf<ProofResult.Refuted>(), result.ToString());
        Assert.That(((ProofResult.Refuted)result).Model, Does.Contain("define-fun kap "));
    }

    private static ProofResult Mutant(string file, string right, string wrong)
    {
        string text = Text(file);
        Assert.That(text, Does.Contain(right));
        using var session = new Z3Session();
        return session.Check(text.Replace(right, wrong, StringComparison.Ordinal));
    }

    private static string Text(string file) => File.ReadAllText(Path.Combine(ObligationDirectory, file));

    private static ObligationScript Read(string file) => ObligationScript.Parse(Text(file));
}
