using NUnit.Framework;

namespace Verify.Symbolic.Tests;

[TestFixture]
public sealed class Z3SessionProveTests
{
    private const string PositiveReals = "(declare-const x Real) (declare-const y Real) (assert (> x 0.0)) (assert (> y 0.0))";
    private const string IntegerN = "(declare-const n Int)";

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
    public void ProvesAMeanInequalityOverTheReals()
    {
        var result = _session.Prove(PositiveReals, "(>= (+ (* x x) (* y y)) (* 2.0 x y))");
        Assert.That(result, Is.EqualTo(new ProofResult.Proved()));
    }

    [Test]
    public void ProvesANonlinearIntegerBound()
    {
        var result = _session.Prove(IntegerN + " (assert (>= n 4))", "(>= (* n n) (* 4 n))");
        Assert.That(result.Status, Is.EqualTo(ProofStatus.Proved));
    }

    [Test]
    public void ProvesACubicBound()
    {
        // x >= 1 => x^3 + x >= 2x^2, i.e. x (x - 1)^2 >= 0.
        var result = _session.Prove("(declare-const x Real) (assert (>= x 1.0))", "(>= (+ (* x x x) x) (* 2.0 x x))");
        Assert.That(result.IsProved, Is.True, result.ToString());
    }

    [Test]
    public void RefutesAFalseRealBoundWithACounterexample()
    {
        // x > 0 => x^2 >= x is false on (0, 1).
        var result = _session.Prove("(declare-const x Real) (assert (> x 0.0))", "(>= (* x x) x)");

        Assert.That(result, Is.InstanceOf<ProofResult.Refuted>());
        string model = ((ProofResult.Refuted)result).Model;
        TestContext.Out.WriteLine(model);
        Assert.That(model, Does.Contain("define-fun x"));
        double x = ModelText.ValueOf(model, "x");
        Assert.That(x, Is.GreaterThan(0.0));
        Assert.That(x * x, Is.LessThan(x), "the model must violate the goal");
    }

    [Test]
    public void RefutesAFalseIntegerBoundWithACounterexample()
    {
        var result = _session.Prove(IntegerN + " (assert (>= n 1))", "(>= (* n n) (* 4 n))");

        var refuted = result as ProofResult.Refuted;
        Assert.That(refuted, Is.Not.Null, result.ToString());
        double n = ModelText.ValueOf(refuted!.Model, "n");
        Assert.That(n, Is.GreaterThanOrEqualTo(1.0));
        Assert.That(n * n, Is.LessThan(4 * n), refuted.Model);
    }

    [Test]
    public void ResultsArePleasantToSwitchOver()
    {
        string Describe(ProofResult result) => result switch
        {
            ProofResult.Proved => "proved",
            ProofResult.Refuted { Model: var model } => "refuted by " + model.Length + " chars",
            ProofResult.Unknown { Reason: var reason } => "unknown: " + reason,
            _ => throw new InvalidOperationException(),
        };

        Assert.That(Describe(_session.Prove(PositiveReals, "(> (+ x y) 0.0)")), Is.EqualTo("proved"));
        Assert.That(Describe(_session.Prove(PositiveReals, "(> x y)")), Does.StartWith("refuted by"));
    }

    [Test]
    public void SessionsAreReusableBecauseEachQueryStartsFresh()
    {
        // Both queries declare x; the second would be a redeclaration error without a fresh scope, and the
        // first query's premise (x > 5) must not leak into the second.
        Assert.That(_session.Prove("(declare-const x Real) (assert (> x 5.0))", "(> x 4.0)").IsProved, Is.True);
        Assert.That(_session.Prove("(declare-const x Real)", "(> x 4.0)"), Is.InstanceOf<ProofResult.Refuted>());
        Assert.That(_session.Prove("(declare-const x Int)", "(= (* 2 x) (+ x x))").IsProved, Is.True);
    }

    [Test]
    public void SeparateSessionsRunInParallel()
    {
        ProofStatus[] statuses = new ProofStatus[8];
        Parallel.For(0, statuses.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            using var session = new Z3Session();
            for (int repeat = 0; repeat < 5; repeat++)
            {
                statuses[i] = session.Prove(IntegerN + $" (assert (>= n {i + 4}))", $"(>= (* n n) (* {i + 4} n))").Status;
            }
        });

        Assert.That(statuses, Is.All.EqualTo(ProofStatus.Proved));
    }
}
