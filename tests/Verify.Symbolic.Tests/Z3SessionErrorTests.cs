using NUnit.Framework;

namespace Verify.Symbolic.Tests;

[TestFixture]
public sealed class Z3SessionErrorTests
{
    private Z3Session _session = null!;

    [SetUp]
    public void CreateSession()
    {
        Z3Requirement.Ensure();
        _session = new Z3Session();
    }

    [TearDown]
    public void DisposeSession() => _session?.Dispose();

    [TestCase("(declare-const x Real) (assert (> x 2.0)", "')' expected", TestName = "Unbalanced parentheses")]
    [TestCase("(declare-const x Real) (assert (> x 2.0))) (check-sat)", "'(' expected", TestName = "Extra closing parenthesis")]
    [TestCase("(declare-const x Real) (assert (> y 2.0)) (check-sat)", "unknown constant y", TestName = "Unknown symbol")]
    [TestCase("(declare-const x Real) (assert (+ x 2.0)) (check-sat)", "not Boolean", TestName = "Type error")]
    [TestCase("(declare-const b Bool) (assert (> b 2.0)) (check-sat)", "Sort mismatch", TestName = "Sort mismatch")]
    [TestCase("(frobnicate x)", "unsupported", TestName = "Unknown command")]
    public void AMalformedQueryThrowsWithZ3sMessageAndTheSessionSurvives(string query, string z3Says)
    {
        var exception = Assert.Throws<Z3QueryException>(() => _session.Evaluate(query));
        TestContext.Out.WriteLine(exception!.Message);

        Assert.That(exception.Z3Message, Does.Contain(z3Says).IgnoreCase);
        Assert.That(exception.Message, Does.Contain(exception.Z3Message));
        Assert.That(_session.Prove("(declare-const x Real) (assert (> x 2.0))", "(> x 1.0)").IsProved, Is.True);
    }

    [Test]
    public void MalformedPremisesAndGoalsThrowFromProve()
    {
        var premises = Assert.Throws<Z3QueryException>(() => _session.Prove("(declare-const x Real) (assert (> y 0.0))", "(> x 0.0)"));
        Assert.That(premises!.Message, Does.Contain("premises").And.Contain("unknown constant y"));
        Assert.That(premises.Z3Message, Does.StartWith("line 1 column"));

        var goal = Assert.Throws<Z3QueryException>(() => _session.Prove("(declare-const x Real)", "(+ x 1.0)"));
        Assert.That(goal!.Message, Does.Contain("goal"));

        var infix = Assert.Throws<Z3QueryException>(() => _session.Prove("(declare-const x Real)", "x > 0"));
        Assert.That(infix!.Z3Message, Is.Not.Empty);

        Assert.That(_session.Prove("(declare-const x Real)", "(= x x)").IsProved, Is.True);
    }

    [Test]
    public void PremisesMustNotCheckSat()
    {
        var exception = Assert.Throws<Z3QueryException>(() => _session.Prove("(declare-const x Real) (check-sat)", "(= x x)"));
        Assert.That(exception!.Message, Does.Contain("check-sat"));
    }

    [TestCase("(set-option :rlimit 100)")]
    [TestCase("(set-option :timeout 10)")]
    [TestCase("(set-option :reproducible-resource-limit 0)")]
    [TestCase("(set-option :error-behavior immediate-exit)")]
    [TestCase("( set-option  :smt.arith.solver 2)")]
    public void OptionsThatEscapeTheSessionAreRejected(string option)
    {
        var exception = Assert.Throws<Z3QueryException>(() => _session.Evaluate(option));
        Assert.That(exception!.Z3Message, Is.Null);
        Assert.That(exception.Message, Does.Contain("process-wide"));
        Assert.Throws<Z3QueryException>(() => _session.Check(option + " (check-sat)"));
        Assert.Throws<Z3QueryException>(() => _session.Prove(option, "true"));
    }

    [Test]
    public void PerContextOptionsAreAllowed()
    {
        Assert.That(_session.Evaluate("(set-option :produce-models true) (set-option :random-seed 7)"), Is.Empty);
    }

    [Test]
    public void ADisposedSessionThrows()
    {
        _session.Dispose();
        _session.Dispose();
        Assert.Throws<ObjectDisposedException>(() => _session.Evaluate("(check-sat)"));
    }
}
