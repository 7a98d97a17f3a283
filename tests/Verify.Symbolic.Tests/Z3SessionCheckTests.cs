using NUnit.Framework;

namespace Verify.Symbolic.Tests;

[TestFixture]
public sealed class Z3SessionCheckTests
{
    /// <summary>An obligation in the form of theorems/*/obligations/*.smt2: a step-size condition.</summary>
    private const string StepSizeObligation = """
        ; Obligation: eta <= 1 / L and L > 0 imply eta * L <= 1.
        (set-logic QF_NRA)
        (set-info :status unsat)
        (declare-const eta Real)
        (declare-const L Real)
        (assert (> L 0.0))
        (assert (> eta 0.0))
        (assert (<= eta (/ 1.0 L)))
        (assert (not (<= (* eta L) 1.0)))
        (check-sat)
        """;

    private Z3Session _session = null!;

    [SetUp]
    public void CreateSession()
    {
        Z3Requirement.Ensure();
        _session = new Z3Session();
    }

    [TearDown]
    public void DisposeSession() => _session?.Dispose();

    [Test]
    public void ProvesAnObligationScript()
    {
        Assert.That(_session.Check(StepSizeObligation), Is.InstanceOf<ProofResult.Proved>());
    }

    [Test]
    public void RefutesAFalseObligationScriptWithAModel()
    {
        string falseObligation = StepSizeObligation.Replace("(<= (* eta L) 1.0)", "(<= (* eta L) 0.5)", StringComparison.Ordinal);
        var result = _session.Check(falseObligation);

        var refuted = result as ProofResult.Refuted;
        Assert.That(refuted, Is.Not.Null, result.ToString());
        double eta = ModelText.ValueOf(refuted!.Model, "eta");
        double l = ModelText.ValueOf(refuted.Model, "L");
        Assert.That(eta * l, Is.GreaterThan(0.5).And.LessThanOrEqualTo(1.0 + 1e-12));
    }

    [Test]
    public void ChecksWithExactRationalsFromDoubles()
    {
        double eta = 0.1, lipschitz = 9.999;
        string script = $"""
            (declare-const eta Real)
            (declare-const L Real)
            (assert (= eta {SmtRational.FromDouble(eta)}))
            (assert (= L {SmtRational.FromDouble(lipschitz)}))
            (assert (not (< (* eta L) 1.0)))
            (check-sat)
            """;
        Assert.That(_session.Check(script).IsProved, Is.True);
    }

    [Test]
    public void AScriptMustAnswerExactlyOneCheckSat()
    {
        Assert.Throws<Z3QueryException>(() => _session.Check("(declare-const x Real)"));
        Assert.Throws<Z3QueryException>(() => _session.Check("(check-sat) (check-sat)"));
    }

    [Test]
    public void AScriptErrorThrowsEvenWhenZ3CarriesOnToAnswer()
    {
        // Z3 reports the error and still prints "sat" for the check-sat: that answer must not be used.
        var exception = Assert.Throws<Z3QueryException>(() =>
            _session.Check("(declare-const x Real) (assert (> y 0.0)) (assert (not (> x 0.0))) (check-sat)"));
        Assert.That(exception!.Z3Message, Does.Contain("unknown constant y"));
        Assert.That(exception.Output, Does.Contain("sat"));
    }
}
