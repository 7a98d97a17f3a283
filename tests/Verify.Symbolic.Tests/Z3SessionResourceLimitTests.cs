using System.Text;
using NUnit.Framework;

namespace Verify.Symbolic.Tests;

[TestFixture]
public sealed class Z3SessionResourceLimitTests
{
    private const string IntegerSquareBound = "(declare-const n Int) (assert (>= n 4))";
    private const string IntegerSquareGoal = "(>= (* n n) (* 4 n))";

    [SetUp]
    public void RequireZ3() => Z3Requirement.Ensure();

    /// <summary>Pigeonhole principle: n + 1 pigeons do not fit in n holes. Hard for resolution (exponential).</summary>
    internal static (string Premises, string Goal) Pigeonhole(int holes)
    {
        var premises = new StringBuilder();
        for (int pigeon = 0; pigeon <= holes; pigeon++)
        {
            for (int hole = 0; hole < holes; hole++)
            {
                premises.Append($"(declare-const p{pigeon}h{hole} Bool)\n");
            }
        }

        for (int hole = 0; hole < holes; hole++)
        {
            for (int a = 0; a <= holes; a++)
            {
                for (int b = a + 1; b <= holes; b++)
                {
                    premises.Append($"(assert (not (and p{a}h{hole} p{b}h{hole})))\n");
                }
            }
        }

        // Goal: some pigeon has no hole.
        var goal = new StringBuilder("(or");
        for (int pigeon = 0; pigeon <= holes; pigeon++)
        {
            goal.Append(" (not (or");
            for (int hole = 0; hole < holes; hole++)
            {
                goal.Append($" p{pigeon}h{hole}");
            }

            goal.Append("))");
        }

        return (premises.ToString(), goal.Append(')').ToString());
    }

    [Test]
    public void ATinyLimitGivesUnknownWithAReasonOnANonlinearIntegerProblem()
    {
        using var tiny = new Z3Session(resourceLimit: 1000);
        using var generous = new Z3Session();

        var limited = tiny.Prove(IntegerSquareBound, IntegerSquareGoal);

        Assert.That(limited, Is.InstanceOf<ProofResult.Unknown>());
        string reason = ((ProofResult.Unknown)limited).Reason;
        TestContext.Out.WriteLine(reason);
        Assert.That(reason, Does.Contain("resource limit").Or.Contain("canceled"));
        Assert.That(generous.Prove(IntegerSquareBound, IntegerSquareGoal).IsProved, Is.True);
    }

    [Test]
    public void ATinyLimitGivesUnknownOnPigeonholeWhichTheDefaultLimitProves()
    {
        (string premises, string goal) = Pigeonhole(holes: 7);
        using var tiny = new Z3Session(resourceLimit: 1000);
        using var generous = new Z3Session();

        var limited = tiny.Prove(premises, goal);
        TestContext.Out.WriteLine(limited);

        Assert.That(limited.Status, Is.EqualTo(ProofStatus.Unknown));
        Assert.That(((ProofResult.Unknown)limited).Reason, Is.Not.Empty);
        Assert.That(generous.Prove(premises, goal).IsProved, Is.True);
    }

    [Test]
    public void ATinyLimitStillDecidesEasyLinearQueries()
    {
        using var tiny = new Z3Session(resourceLimit: 1000);
        Assert.That(tiny.Prove("(declare-const x Real) (assert (> x 1.0))", "(> x 0.0)").IsProved, Is.True);
    }

    [Test]
    public void TheLimitIsPerQueryNotCumulative()
    {
        using var session = new Z3Session(resourceLimit: 10_000);
        for (int i = 0; i < 20; i++)
        {
            Assert.That(session.Prove(IntegerSquareBound, IntegerSquareGoal).IsProved, Is.True, $"query {i}");
        }
    }

    [Test]
    public void WorkIsCountedDeterministically()
    {
        string Count()
        {
            using var session = new Z3Session();
            session.Evaluate("(declare-const n Int) (assert (>= n 4)) (assert (not (>= (* n n) (* 4 n)))) (check-sat)");
            return session.Evaluate("(get-info :rlimit)");
        }

        string first = Count();
        TestContext.Out.WriteLine(first);
        Assert.That(Count(), Is.EqualTo(first));
    }
}
