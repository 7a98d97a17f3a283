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
    public void DuplicatedRow_MakesLambda0ExactlyZeroAndFailsPositivity()
    {
        double s = Math.Sqrt(0.5);
        var data = Analyse(new[,] { { s, s }, { 1.0, 0 }, { s, s } });

        Assert.That(DataChecks.NonParallel(data).Verdict, Is.EqualTo(Verdict.Fail));
        // Two identical inputs give two identical rows of H∞: λ₀ = 0 exactly, known without any rounding.
        Assert.That((data.Lambda0Enclosure.Lower, data.Lambda0Enclosure.Upper), Is.EqualTo((0.0, 0.0)));
        var evidence = DataChecks.Lambda0Positive(data);
        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(evidence.Note, Does.Contain("inputs 1 and 3 are identical"));
    }

    [Test]
    public void NearlyDuplicatedRow_LeavesPositivityUndecided()
    {
        // One ulp apart: λ₀ is positive but far inside the enclosure's width (~√ε for a nearly parallel pair, where
        // arccos has an infinite slope), so positivity can be neither proved nor refuted.
        double s = Math.Sqrt(0.5);
        var data = Analyse(new[,] { { s, s }, { 1.0, 0 }, { s, Math.BitIncrement(s) } });

        Assert.That(data.Lambda0Enclosure.Lower, Is.LessThanOrEqualTo(0));
        Assert.That(data.Lambda0Enclosure.Upper, Is.GreaterThan(0).And.LessThan(1e-7));
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
