using NUnit.Framework;
using Verify.Core;

namespace Verify.Symbolic.Tests;

public sealed class Z3EvidenceTests
{
    [SetUp]
    public void RequireZ3() => Z3Requirement.Ensure();

    [Test]
    public void Proved_IsAPassWithTheNumbersShown()
    {
        var evidence = Z3Evidence.Decide(Z3Evidence.Define(("x", 0.1), ("y", 0.2)), "(< x y)", 0.1, Relation.Less, 0.2);

        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Pass));
        Assert.That(evidence.Margin, Is.EqualTo(0.5).Within(1e-15));
        Assert.That(evidence.Note, Does.Contain("proved by Z3"));
    }

    [Test]
    public void Refuted_IsAFailNamingOnlyTheFreeConstants()
    {
        string premises = "(declare-const pi Real)\n(assert (>= pi 3.0))\n(assert (<= pi 4.0))\n" + Z3Evidence.Define(("x", 3.5));

        var evidence = Z3Evidence.Decide(premises, "(> x pi)", 3.5, Relation.Greater, 3.14);

        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(evidence.Note, Does.StartWith("refuted by Z3 at pi = ").And.Not.Contain("x ="));
    }

    [Test]
    public void RefutationShowsModelValuesAsDecimals()
    {
        // The only model has pi = 15/4, which Z3 prints as (/ 15.0 4.0); a reader of the report sees 3.75.
        string premises = "(declare-const pi Real)\n(assert (= (* 4.0 pi) 15.0))\n" + Z3Evidence.Define(("x", 3.5));

        var evidence = Z3Evidence.Decide(premises, "(> x pi)", 3.5, Relation.Greater, 3.75);

        Assert.That(evidence.Note, Does.StartWith("refuted by Z3 at pi = 3.75"));
    }

    [Test]
    public void Unknown_IsInconclusiveWithZ3sReason()
    {
        string premises = "(declare-const n Real)\n(assert (>= n 4.0))";

        var evidence = Z3Evidence.Decide(premises, "(>= (* n n) (* 4.0 n))", 16, Relation.GreaterOrEqual, 16, resourceLimit: 1);

        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Inconclusive));
        Assert.That(evidence.Note, Does.Contain("Z3 answered unknown"));
    }

    [Test]
    public void Define_UsesExactRationals()
    {
        Assert.That(Z3Evidence.Define(("x", 0.5)), Is.EqualTo("(define-fun x () Real (/ 1.0 2.0))\n"));
    }
}
