using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using Verify.Core;
using Verify.Numerics;
using Verify.Theorems.Du2019;

namespace Verify.Theorems.Tests.Du2019;

/// <summary>Well-formed data that violates a hypothesis is reported, named and never crashes.</summary>
public sealed class DataCheckTests
{
    private static readonly ILinearAlgebraBackend Backend = Backends.Load(BackendChoice.Managed);

    private static DataAnalysis Analyse(double[,] rows) =>
        new(Backend, Matrix<double>.Build.DenseOfArray(rows), Vector<double>.Build.Dense(rows.GetLength(0)));

    [Test]
    public void AntiparallelPair_FailsNamingThePair()
    {
        var data = Analyse(new[,] { { 1.0, 0, 0 }, { 0, 1.0, 0 }, { -1.0, 0, 0 } });

        var evidence = DataChecks.NonParallel(data);

        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(evidence.Note, Does.Contain("inputs 1 and 3"));
    }

    [Test]
    public void DuplicatedRow_MakesLambda0ZeroAndLeavesPositivityUndecided()
    {
        double s = Math.Sqrt(0.5);
        var data = Analyse(new[,] { { s, s }, { 1.0, 0 }, { s, s } });

        Assert.That(DataChecks.NonParallel(data).Verdict, Is.EqualTo(Verdict.Fail));
        // λ₀ = 0 exactly: the certified enclosure contains 0, so positivity is undecided (never a Pass); the
        // non-parallel hypothesis is what puts the instance out of scope.
        Assert.That(data.Lambda0Enclosure.Lower, Is.LessThanOrEqualTo(0));
        // Its width is ~√ε, not ε: for a parallel pair arccos has an infinite slope, and H∞'s assembly error is ½-Hölder.
        Assert.That(data.Lambda0Enclosure.Upper, Is.GreaterThanOrEqualTo(0).And.LessThan(1e-7));
        Assert.That(DataChecks.Lambda0Positive(data).Verdict, Is.EqualTo(Verdict.Inconclusive));
    }

    [Test]
    public void ZeroRow_IsParallelToEverythingAndNotUnitNorm()
    {
        var data = Analyse(new[,] { { 1.0, 0 }, { 0, 0.0 } });

        Assert.That(DataChecks.NonParallel(data).Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(DataChecks.UnitNorm(data).Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(data.Lambda0Estimate, Is.EqualTo(0.0).Within(1e-15));
    }

    [Test]
    public void SingleSample_HasNoPairAndPositiveLambda0()
    {
        var data = Analyse(new[,] { { 0.6, 0.8 } });

        Assert.That(DataChecks.NonParallel(data).Verdict, Is.EqualTo(Verdict.Pass));
        Assert.That(DataChecks.NonParallel(data).Note, Does.Contain("fewer than two"));
        Assert.That(data.Lambda0Estimate, Is.EqualTo(0.5).Within(1e-15));
    }
}
