using NUnit.Framework;
using Verify.Symbolic;
using Verify.Theorems.Tests.Obligations;

namespace Verify.Theorems.Tests.NguyenMondelli2020;

/// <summary>
/// The derived theorem's obligations are linked (a step states a conclusion of the step before it as a premise, written
/// identically), and a deliberately wrong constant is refuted with a model. That every obligation is proved, not
/// vacuous and sensitive to its constants is catalog-wide (<see cref="ObligationCatalogTests"/>).
/// </summary>
public sealed class ObligationTests
{
    private static string ObligationDirectory => Path.Combine(AppContext.BaseDirectory, "NguyenMondelli2020", "obligations");

    [TestCase("h1-equivalence.smt2", "radius-identity.smt2")]
    [TestCase("pl-ball-l2.smt2", "weyl-ball.smt2")]
    [TestCase("pl-ball-l3.smt2", "weyl-ball.smt2")]
    [TestCase("pl-ball-l4.smt2", "weyl-ball.smt2")]
    [TestCase("pl-rate.smt2", "descent-lemma.smt2")]
    [TestCase("pl-rate.smt2", "pl-ball-l2.smt2")]
    [TestCase("pl-rate.smt2", "pl-ball-l3.smt2")]
    [TestCase("pl-rate.smt2", "pl-ball-l4.smt2")]
    [TestCase("path-step.smt2", "descent-lemma.smt2")]
    [TestCase("path-step.smt2", "pl-ball-l4.smt2")]
    [TestCase("path-sum.smt2", "path-step.smt2")]
    [TestCase("path-radius.smt2", "path-sum.smt2")]
    [TestCase("hessian-close.smt2", "layer-step.smt2")]
    public void ChainStep_AssumesAConclusionOfTheStepBefore(string step, string before)
    {
        var premises = Read(step).Premises;

        Assert.That(Read(before).Conclusions.Where(premises.Contains), Is.Not.Empty,
            $"{step} states none of the conclusions of {before} as a premise:\n{string.Join("\n", Read(before).Conclusions)}");
    }

    /// <summary>
    /// (H1) with the constant 8 lowered to 4 — the constant one gets by forgetting the factor 2 of R = 2√(2Φ₀/μ) — is not
    /// equivalent to R ≤ λ_F/(2‖X‖₂), R ≤ λ_l/2: Z3 finds a model where the weakened form holds and the radius condition fails.
    /// </summary>
    [Test]
    public void H1WithConstantFour_IsRefutedWithAModel()
    {
        string text = File.ReadAllText(Path.Combine(ObligationDirectory, "h1-equivalence.smt2"));
        const string Right = "(* 8.0 c p)";
        Assert.That(text, Does.Contain(Right));
        using var session = new Z3Session();

        var result = session.Check(text.Replace(Right, "(* 4.0 c p)", StringComparison.Ordinal));

        Assert.That(result, Is.InstanceOf<ProofResult.Refuted>(), result.ToString());
        Assert.That(((ProofResult.Refuted)result).Model, Does.Contain("define-fun lf ").And.Contain("define-fun R "));
    }

    /// <summary>The path-length constant 4 of step A8 is the best one: 3.9 is refuted with a model (a step with Φ_{k+1} close to Φ_k).</summary>
    [Test]
    public void PathStepWithConstantBelowFour_IsRefutedWithAModel()
    {
        string text = File.ReadAllText(Path.Combine(ObligationDirectory, "path-step.smt2"));
        const string Right = "(* 4.0 (- s sn))";
        Assert.That(text, Does.Contain(Right));
        using var session = new Z3Session();

        var result = session.Check(text.Replace(Right, "(* 3.9 (- s sn))", StringComparison.Ordinal));

        Assert.That(result, Is.InstanceOf<ProofResult.Refuted>(), result.ToString());
        Assert.That(((ProofResult.Refuted)result).Model, Does.Contain("define-fun gn "));
    }

    private static ObligationScript Read(string file) => ObligationScript.Parse(File.ReadAllText(Path.Combine(ObligationDirectory, file)));
}
