using NUnit.Framework;
using Verify.Symbolic;
using Verify.Theorems.Razborov2022;
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
    /// The certificate's Fail without radii rests on monotone-*.smt2 and radii-necessary.smt2: they assume (r1)–(r4) exactly as
    /// <see cref="TwoRateCertificate"/> hands them to Z3, each monotone-*.smt2 concludes its hypothesis at the smaller radii
    /// (and η₁) in the same form, and radii-necessary.smt2 concludes exactly the condition the certificate decides.
    /// </summary>
    [TestCase(0, "monotone-step.smt2")]
    [TestCase(1, "monotone-cross-term.smt2")]
    [TestCase(3, "monotone-conditioning.smt2")]
    public void CertificateGoal_IsWhatItsMonotonicityObligationCarriesOver(int i, string file)
    {
        var monotone = Read(file);
        string goal = TwoRateCertificate.Goals[i];

        Assert.That(monotone.Premises, Does.Contain(goal), $"{file} does not assume (r{i + 1}) as the certificate writes it");
        Assert.That(monotone.Goal, Is.EqualTo(Smaller(goal)), $"{file} does not conclude (r{i + 1}) at the smaller radii");
    }

    [Test]
    public void CertificateNecessaryCondition_IsWhatRadiiNecessaryConcludes()
    {
        var necessary = Read("radii-necessary.smt2");
        Assert.That(necessary.Premises, Does.Contain(TwoRateCertificate.Goals[2]), "radii-necessary.smt2 does not assume (r3) as the certificate writes it");
        Assert.That(necessary.Goal, Is.EqualTo(TwoRateCertificate.RadiiNecessary));
    }

    /// <summary>Without c_aF_n &gt; 0 (e.g. |e₀| = 0: every radius works, R = 0), F2's t &lt; 1 is false: a model with t ≥ 1.</summary>
    [Test]
    public void NoRadiiWithoutPositiveOffset_IsRefutedWithAModel()
    {
        var result = Mutant("radii-none.smt2", "(assert (> (* ca fn) 0.0))", "(assert (>= (* ca fn) 0.0))");

        Assert.That(result, Is.InstanceOf<ProofResult.Refuted>(), result.ToString());
        Assert.That(((ProofResult.Refuted)result).Model, Does.Contain("define-fun cw "));
    }

    private static string Smaller(string goal) =>
        System.Text.RegularExpressions.Regex.Replace(goal, @"\b(rw|ra|eta1|fb|ab)\b", m => m.Value + "d");

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
