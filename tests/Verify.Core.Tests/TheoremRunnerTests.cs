using NUnit.Framework;
using Verify.Core;

namespace Verify.Core.Tests;

public sealed class TheoremRunnerTests
{
    private static readonly RunOptions Options = new(MasterSeed: 5);

    [Test]
    public void AlwaysTrueTheorem_Passes()
    {
        var report = TheoremRunner.Run(new ToyTheorem(_ => 0.5, _ => 0.5), Options);

        Assert.That(report.Verdict, Is.EqualTo(Verdict.Pass));
        Assert.That(report.Instances, Has.Count.EqualTo(3));
        Assert.That(report.Instances.All(i => i.InScope == true && i.Verdict == Verdict.Pass));
        Assert.That(report.Scenarios.Single().InScope, Is.EqualTo(3));
        // The failing Asymptotic hypothesis is reported but does not decide scope.
        Assert.That(report.Instances[0].Hypotheses[1].Verdict, Is.EqualTo(Verdict.Fail));
    }

    [Test]
    public void Summary_CarriesTheScenariosSweepDeclaration()
    {
        var declared = TheoremRunner.Run(new ToyTheorem(_ => 0.5, _ => 0.5, sweep: new SweepDeclaration("widths", "m")), Options);
        var undeclared = TheoremRunner.Run(new ToyTheorem(_ => 0.5, _ => 0.5), Options);

        Assert.That(declared.Scenarios.Single().Sweep, Is.EqualTo(new SweepDeclaration("widths", "m")));
        Assert.That(undeclared.Scenarios.Single().Sweep, Is.Null);
    }

    [Test]
    public void FalseConclusionInScope_IsAFailCarryingTheCounterexamplesSeed()
    {
        // Only instance 1 violates its conclusion.
        var report = TheoremRunner.Run(new ToyTheorem(_ => 0.5, c => c.Index == 1 ? 2.0 : 0.5), Options);

        Assert.That(report.Verdict, Is.EqualTo(Verdict.Fail));
        var counterexample = report.Instances.Single(i => i.Verdict == Verdict.Fail);
        Assert.That(counterexample.Index, Is.EqualTo(1));
        Assert.That(counterexample.Seed, Is.EqualTo(Seeds.Derive(5, "toy/only", 1)));
        Assert.That(counterexample.Conclusions.Single().Margin, Is.EqualTo(-1.0));
    }

    [Test]
    public void UnsatisfiedHypothesis_IsBeyondScopeNotFail()
    {
        var report = TheoremRunner.Run(new ToyTheorem(_ => 5.0, _ => 2.0), Options);

        Assert.That(report.Verdict, Is.EqualTo(Verdict.BeyondScope));
        Assert.That(report.Instances.All(i => i.InScope == false && i.Verdict == Verdict.BeyondScope));
        // The conclusion is still evaluated and reported as observed.
        Assert.That(report.Instances[0].Conclusions.Single().Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(report.Scenarios.Single().InScopeUpper, Is.EqualTo(1 - Math.Pow(0.025, 1.0 / 3)).Within(1e-10));
    }

    [Test]
    public void ThrowingCheck_IsAnErrorForThatCheckAndTheRunGoesOn()
    {
        var report = TheoremRunner.Run(new ToyTheorem(_ => 0.5, c => c.Index == 0 ? throw new InvalidOperationException("boom") : 0.5), Options);

        Assert.That(report.Verdict, Is.EqualTo(Verdict.Error));
        var broken = report.Instances[0];
        Assert.That(broken.Verdict, Is.EqualTo(Verdict.Error));
        Assert.That(broken.Conclusions.Single().Verdict, Is.EqualTo(Verdict.Error));
        Assert.That(broken.Conclusions.Single().Note, Does.Contain("boom"));
        Assert.That(broken.Invariants.Single().Verdict, Is.EqualTo(Verdict.Pass));
        Assert.That(report.Instances.Skip(1).All(i => i.Verdict == Verdict.Pass));
    }

    [Test]
    public void ThrowingHypothesis_LeavesScopeUndecided()
    {
        var report = TheoremRunner.Run(new ToyTheorem(_ => throw new ArithmeticException("nan"), _ => 0.5, instances: 1), Options);

        Assert.That(report.Instances[0].InScope, Is.Null);
        Assert.That(report.Instances[0].Verdict, Is.EqualTo(Verdict.Error));
    }

    [Test]
    public void OnlyInstance_ReplaysOneIndexWithTheSameSeed()
    {
        var all = TheoremRunner.Run(new ToyTheorem(_ => 0.5, _ => 0.5), Options);
        var replay = TheoremRunner.Run(new ToyTheorem(_ => 0.5, _ => 0.5), Options with { OnlyInstance = 2 });

        Assert.That(replay.Instances.Single().Seed, Is.EqualTo(all.Instances[2].Seed));
    }

    [Test]
    public void Cancellation_StopsTheRun()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.Throws<OperationCanceledException>(() => TheoremRunner.Run(new ToyTheorem(_ => 0.5, _ => 0.5), Options, cancellation: source.Token));
    }

    [Test]
    public void ParallelJobs_GiveTheSameReportsInIndexOrder()
    {
        // Instance 3 is slow, so with 4 jobs it finishes last; the reports must still come in index order.
        var theorem = new ToyTheorem(_ => 0.5, c => { if (c.Index == 3) { Thread.Sleep(200); } return c.Index == 5 ? 2.0 : 0.5; }, instances: 8);
        var lines = new List<string>();

        var sequential = TheoremRunner.Run(theorem, Options);
        var parallel = TheoremRunner.Run(theorem, Options with { Jobs = 4 }, lines.Add);

        Assert.That(parallel.Instances.Select(i => (i.Index, i.Seed, i.Verdict)), Is.EqualTo(sequential.Instances.Select(i => (i.Index, i.Seed, i.Verdict))));
        Assert.That(parallel.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(lines.Select(l => l.Split(':')[0]), Is.EquivalentTo(Enumerable.Range(0, 8).Select(i => $"toy/only #{i} seed {Seeds.Derive(5, "toy/only", i)}")));
    }

    [Test]
    public void AFailureInAParallelRunIsNotReportedAsCancellation()
    {
        var theorem = new ToyTheorem(_ => 0.5, _ => 0.5, instances: 4);
        void Log(string line)
        {
            if (line.Contains("#2 ", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("log failed");
            }
        }

        Assert.Throws<InvalidOperationException>(() => TheoremRunner.Run(theorem, Options with { Jobs = 4 }, Log));
    }

    [Test]
    public void Concurrency_IsTheJobsAScenarioCanUse()
    {
        var theorem = new ToyTheorem(_ => 0.5, _ => 0.5, instances: 3);

        Assert.Multiple(() =>
        {
            Assert.That(TheoremRunner.Concurrency(theorem, Options with { Jobs = 4 }), Is.EqualTo(3));
            Assert.That(TheoremRunner.Concurrency(theorem, Options with { Jobs = 2 }), Is.EqualTo(2));
            Assert.That(TheoremRunner.Concurrency(theorem, Options with { Jobs = 4, OnlyInstance = 1 }), Is.EqualTo(1));
            Assert.That(TheoremRunner.Concurrency(theorem, Options), Is.EqualTo(1));
        });
    }

    [Test]
    public void Cancellation_StopsAParallelRunWithoutWrapping()
    {
        using var source = new CancellationTokenSource();
        var theorem = new ToyTheorem(_ => 0.5, c => { source.Cancel(); c.Cancellation.ThrowIfCancellationRequested(); return 0.5; }, instances: 8);

        Assert.Throws<OperationCanceledException>(() => TheoremRunner.Run(theorem, Options with { Jobs = 4 }, cancellation: source.Token));
    }

    [TestCase(new[] { Verdict.Pass, Verdict.BeyondScope }, Verdict.Pass)]
    [TestCase(new[] { Verdict.BeyondScope, Verdict.BeyondScope }, Verdict.BeyondScope)]
    [TestCase(new[] { Verdict.Pass, Verdict.Inconclusive }, Verdict.Inconclusive)]
    [TestCase(new[] { Verdict.Error, Verdict.Inconclusive }, Verdict.Error)]
    [TestCase(new[] { Verdict.Error, Verdict.Fail }, Verdict.Fail)]
    [TestCase(new Verdict[0], Verdict.BeyondScope)]
    public void Combine_OrdersVerdicts(Verdict[] verdicts, Verdict expected)
    {
        Assert.That(Scope.Combine(verdicts), Is.EqualTo(expected));
    }
}
