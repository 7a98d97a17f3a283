using NUnit.Framework;
using Verify.Symbolic;
using Verify.Theorems.Tests.Obligations;

namespace Verify.Theorems.Tests.Nguyen2021;

/// <summary>
/// The derived theorem's obligations (theorems/Nguyen2021/obligations) are linked — a step states a conclusion of the
/// step before it as a premise, written identically — and deliberately wrong constants are refuted with a model. That
/// every obligation is proved, not vacuous and sensitive to its constants is catalog-wide (<see cref="ObligationCatalogTests"/>,
/// which globs every module's obligations/ in the test output).
/// </summary>
public sealed class ObligationTests
{
    private static string ObligationDirectory => Path.Combine(AppContext.BaseDirectory, "Nguyen2021", "obligations");

    [TestCase("step-factor.smt2", "lipschitz-step.smt2")]
    [TestCase("step-factor.smt2", "weyl-invariant.smt2")]
    [TestCase("weyl-invariant.smt2", "lipschitz-step.smt2")]
    public void ChainStep_AssumesAConclusionOfTheStepBefore(string step, string before)
    {
        var premises = Read(step).Premises;

        Assert.That(Read(before).Conclusions.Where(premises.Contains), Is.Not.Empty,
            $"{step} states none of the conclusions of {before} as a premise:\n{string.Join("\n", Read(before).Conclusions)}");
    }

    /// <summary>
    /// The per-step factor 1 − ηλ_F²/4 — what the first term alone gives with σ_N ≥ λ_F/2, forgetting the second term
    /// (A_{k+1} − A_k)W_L^{k+1} that ReLU's moving features add — is false under (H0): Z3 finds a model.
    /// </summary>
    [Test]
    public void FactorWithoutTheSecondTerm_IsRefutedWithAModel()
    {
        string text = Text("step-factor.smt2");
        const string Right = "(/ (* eta lf lf) 8.0)";
        Assert.That(text, Does.Contain(Right));
        using var session = new Z3Session();

        var result = session.Check(text.Replace(Right, "(/ (* eta lf lf) 4.0)", StringComparison.Ordinal));

        Assert.That(result, Is.InstanceOf<ProofResult.Refuted>(), result.ToString());
        Assert.That(((ProofResult.Refuted)result).Model, Does.Contain("define-fun rn ").And.Contain("define-fun t2 "));
    }

    /// <summary>
    /// The movement radius with 4 in place of 8 (R_l = 4‖X‖_F λ̄_{1→L} √(2Φ₀)/(λ_F² λ̄_l), as if the rate were ηλ_F²/4) does
    /// not bound the summed steps: Z3 finds a model.
    /// </summary>
    [Test]
    public void MovementRadiusWithConstantFour_IsRefutedWithAModel()
    {
        string text = Text("movement-sum.smt2");
        const string Right = "(* 8.0 G p)";
        Assert.That(text, Does.Contain(Right));
        using var session = new Z3Session();

        var result = session.Check(text.Replace(Right, "(* 4.0 G p)", StringComparison.Ordinal));

        Assert.That(result, Is.InstanceOf<ProofResult.Refuted>(), result.ToString());
        Assert.That(((ProofResult.Refuted)result).Model, Does.Contain("define-fun Sn "));
    }

    private static string Text(string file) => File.ReadAllText(Path.Combine(ObligationDirectory, file));

    private static ObligationScript Read(string file) => ObligationScript.Parse(Text(file));
}
