using NUnit.Framework;

namespace Verify.Theorems.Tests.Obligations;

public sealed class ObligationScriptTests
{
    private const string Script = """
        ; a comment with 7.0 and (parentheses
        (declare-const x Real)
        (declare-const nu4 Real)
        (assert (and (>= x 0.0) (<= nu4 (/ 1.0 2.0))))
        (assert (not (and (<= (* nu4 x) 2.5) (>= x -1.5))))
        (check-sat)
        """;

    [Test]
    public void Constants_AreTheLiteralsAndFractionsOfTheAsserts()
    {
        var constants = ObligationScript.Parse(Script).Constants();

        Assert.That(constants.Select(c => (c.Text, c.Line, c.InGoal)), Is.EqualTo(new[]
        {
            ("0.0", 4, false), ("(/ 1.0 2.0)", 4, false), ("2.5", 5, true), ("-1.5", 5, true),
        }));
    }

    [Test]
    public void WithScaled_ChangesOnlyThatConstant()
    {
        var script = ObligationScript.Parse(Script);
        var constants = script.Constants();

        Assert.That(script.WithScaled(constants[1], 0.99m), Does.Contain("(<= nu4 (/ 0.990 2.0))").And.Contain("2.5"));
        Assert.That(script.WithScaled(constants[3], 1.01m), Does.Contain("(>= x -1.515)").And.Contain("(/ 1.0 2.0)"));
    }

    [Test]
    public void PremisesGoalAndConclusions_AreSplitAtTheLastAssert()
    {
        var script = ObligationScript.Parse(Script);

        Assert.That(script.PremisesOnly, Does.Not.Contain("(not").And.EndWith("(check-sat)"));
        Assert.That(script.Conclusions, Is.EqualTo(new[] { "(<= (* nu4 x) 2.5)", "(>= x -1.5)" }));
        Assert.That(script.Premises, Does.Contain("(<= nu4 (/ 1.0 2.0))"));
    }

    [TestCase("(declare-const x Real)\n(assert (not (> x 0.0)))\n(assert (> x 1.0))\n(check-sat)\n", TestName = "GoalNotLast")]
    [TestCase("(declare-const x Real)\n(assert (> x 1.0))\n(check-sat)\n", TestName = "GoalNotNegated")]
    [TestCase("(declare-const x Real)\n(assert (not (> x 0.0)))\n", TestName = "NoCheckSat")]
    [TestCase("(declare-const x Real)\n(push 1)\n(assert (not (> x 0.0)))\n(check-sat)\n", TestName = "Push")]
    [TestCase("(declare-const x Real)\n(assert (not (> x 0.0))\n(check-sat)\n", TestName = "Unbalanced")]
    public void ScriptsOutsideTheConvention_AreRejected(string text) =>
        Assert.That(() => ObligationScript.Parse(text), Throws.InstanceOf<FormatException>());
}
