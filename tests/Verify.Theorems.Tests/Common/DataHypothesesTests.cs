using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using Verify.Core;
using Verify.Numerics;
using Verify.Theorems.Common;

namespace Verify.Theorems.Tests.Common;

/// <summary>Known answers of the data hypotheses on tiny hand-made matrices: the verdict, the value and the named rows.</summary>
public sealed class DataHypothesesTests
{
    private static readonly ILinearAlgebraBackend Backend = Backends.Load(BackendChoice.Managed);

    private static Matrix<double> X(double[,] rows) => Matrix<double>.Build.DenseOfArray(rows);

    private static Matrix<double> G(double[,] rows) => Gram.InputGram(Backend, X(rows));

    [Test]
    public void UnitNorm_NamesTheWorstRowAndItsNorm()
    {
        var evidence = DataHypotheses.UnitNorm(DataHypotheses.MeasureUnitNorm(G(new[,] { { 1.0, 0 }, { 0, 2.0 }, { 0.6, 0.8 } })), 1e-6);

        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(evidence.Value, Is.EqualTo(1.0));
        Assert.That(evidence.Note, Does.Contain("input 2 (1-based), ‖x‖ = 2"));
    }

    [Test]
    public void UnitNorm_WithinTolerance_Passes()
    {
        var measured = DataHypotheses.MeasureUnitNorm(G(new[,] { { 1.0, 0 }, { 0, 1 + 1e-8 } }));

        Assert.That(DataHypotheses.UnitNorm(measured, 1e-6).Verdict, Is.EqualTo(Verdict.Pass));
        Assert.That(measured.WorstRow, Is.EqualTo(1));
        Assert.That(measured.MaxDeviation, Is.EqualTo(1e-8).Within(1e-15));
    }

    [Test]
    public void UnitNorm_NaNRow_FailsNamingIt()
    {
        var measured = DataHypotheses.MeasureUnitNorm(G(new[,] { { 1.0, 0 }, { double.NaN, 0 }, { 0, 3.0 } }));

        var evidence = DataHypotheses.UnitNorm(measured, 1e-6);

        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(evidence.Value, Is.NaN);
        Assert.That(evidence.Note, Does.Contain("input 2"));
    }

    [Test]
    public void ZeroRow_IsNamedAsAZeroRow_ByUnitNormAndNonParallel()
    {
        var gram = G(new[,] { { 1.0, 0 }, { 0, 0.0 }, { 0, 1.0 } });

        var unit = DataHypotheses.UnitNorm(DataHypotheses.MeasureUnitNorm(gram), 1e-6);
        var nonParallel = DataHypotheses.NonParallel(DataHypotheses.MeasureParallelPair(gram), 1e-9);

        Assert.That(unit.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(unit.Note, Does.Contain("input 2 (1-based) is a zero row"));
        Assert.That(nonParallel.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(nonParallel.Note, Does.Contain("input 2 (1-based) is a zero row").And.Not.Contain("|cos|"));
    }

    [Test]
    public void NonParallel_NamesTheAntiparallelPair()
    {
        var measured = DataHypotheses.MeasureParallelPair(G(new[,] { { 1.0, 0, 0 }, { 0, 1.0, 0 }, { -1.0, 0, 0 } }));

        var evidence = DataHypotheses.NonParallel(measured, 1e-9);

        Assert.That(measured.Pair, Is.EqualTo((0, 2)));
        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(evidence.Value, Is.EqualTo(1.0));
        Assert.That(evidence.Note, Does.Contain("inputs 1 and 3 (1-based), |cos| = 1"));
    }

    [Test]
    public void NonParallel_KnownCosine_PassesAndFewerThanTwoInputsPasses()
    {
        // cos∠((1, 0), (0.6, 0.8)) = 0.6, cos∠((0, 1), (0.6, 0.8)) = 0.8: the most parallel pair is 2 and 3.
        var measured = DataHypotheses.MeasureParallelPair(G(new[,] { { 1.0, 0 }, { 0, 1.0 }, { 0.6, 0.8 } }));
        var evidence = DataHypotheses.NonParallel(measured, 1e-9);

        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Pass));
        Assert.That(evidence.Value, Is.EqualTo(0.8).Within(1e-15));
        Assert.That(evidence.Note, Does.Contain("inputs 2 and 3"));
        Assert.That(DataHypotheses.NonParallel(DataHypotheses.MeasureParallelPair(G(new[,] { { 0.6, 0.8 } })), 1e-9).Note, Does.Contain("fewer than two"));
    }

    [Test]
    public void DistinctRows_NamesTheFirstDuplicatedPair_AndMinusZeroEqualsZero()
    {
        var evidence = DataHypotheses.DistinctRows(X(new[,] { { 1.0, 2 }, { 3.0, 4 }, { 0, 1.0 }, { 1.0, 2 }, { -0.0, 1.0 } }));

        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(evidence.Value, Is.EqualTo(2.0));
        Assert.That(evidence.Note, Does.Contain("inputs 1 and 4 (1-based) are equal"));
        Assert.That(DataHypotheses.DistinctRows(X(new[,] { { 1.0, 2 }, { 1.0, 2 + 1e-15 } })).Verdict, Is.EqualTo(Verdict.Pass));
    }

    [Test]
    public void DistinctRows_NaNEntry_Fails()
    {
        var evidence = DataHypotheses.DistinctRows(X(new[,] { { 1.0, 2 }, { double.NaN, 4 } }));

        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(evidence.Note, Does.Contain("input 2 has a NaN entry"));
    }

    [Test]
    public void DimensionAtLeastSamples()
    {
        Assert.That(DataHypotheses.DimensionAtLeastSamples(X(new double[2, 3])).Verdict, Is.EqualTo(Verdict.Pass));
        var tooFew = DataHypotheses.DimensionAtLeastSamples(X(new double[3, 2]));
        Assert.That(tooFew.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(tooFew.Note, Is.EqualTo("d = 2, N = 3"));
    }

    [Test]
    public void FullRowRank_FewerDimensionsThanSamples_FailsSayingWhy()
    {
        var evidence = DataHypotheses.FullRowRank(Backend, X(new[,] { { 1.0, 0 }, { 0, 1.0 }, { 1.0, 1.0 } }));

        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(evidence.Note, Does.Contain("d = 2 < N = 3"));
    }

    [Test]
    public void FullRowRank_WellConditioned_PassesWithACertifiedLowerBound()
    {
        // X = diag(1, 2, 3) with a zero column: σ_N = 1 exactly; the certified lower bound is at most 1 and within the
        // Gram matrix's rounding (γ_4‖X‖_F² ≈ 10⁻¹⁵ on σ² = 1) of it.
        var x = X(new[,] { { 1.0, 0, 0, 0 }, { 0, 2.0, 0, 0 }, { 0, 0, 3.0, 0 } });

        var evidence = DataHypotheses.FullRowRank(Backend, x);

        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Pass), evidence.Note);
        Assert.That(evidence.Value, Is.LessThanOrEqualTo(1.0).And.GreaterThan(1 - 1e-13));
        Assert.That(evidence.Bound, Is.EqualTo(0.0));
        Assert.That(evidence.Note, Does.Contain("certified lower bound"));
    }

    [Test]
    public void FullRowRank_DuplicatedOrZeroRow_FailsExactly_NearlyDependent_IsInconclusive()
    {
        var duplicated = DataHypotheses.FullRowRank(Backend, X(new[,] { { 1.0, 2, 0 }, { 0, 1.0, 0 }, { 1.0, 2, 0 } }));
        var zero = DataHypotheses.FullRowRank(Backend, X(new[,] { { 1.0, 2 }, { 0, 0.0 } }));
        // Rows (1, 0) and (1, 1e-17): σ₂ ≈ 7·10⁻¹⁸, far inside the allowance 16ε√2 ≈ 5·10⁻¹⁵.
        var nearly = DataHypotheses.FullRowRank(Backend, X(new[,] { { 1.0, 0 }, { 1.0, 1e-17 } }));
        var separated = DataHypotheses.FullRowRank(Backend, X(new[,] { { 1.0, 0 }, { 1.0, 1e-3 } }));

        Assert.That(duplicated.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(duplicated.Note, Does.Contain("rank X < N exactly").And.Contain("inputs 1 and 3"));
        Assert.That(zero.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(zero.Note, Does.Contain("input 2 (1-based) is a zero row"));
        Assert.That(nearly.Verdict, Is.EqualTo(Verdict.Inconclusive), nearly.Note);
        Assert.That(nearly.Note, Does.Contain("cannot be decided"));
        Assert.That(separated.Verdict, Is.EqualTo(Verdict.Pass), separated.Note);
    }

    [Test]
    public void KernelPositive_DecidesOnlyOutsideTheEnclosure()
    {
        Assert.That(DataHypotheses.KernelPositive(new Enclosure(1e-3, 2e-3, "")).Verdict, Is.EqualTo(Verdict.Pass));
        Assert.That(DataHypotheses.KernelPositive(new Enclosure(-1e-12, 1e-12, "")).Verdict, Is.EqualTo(Verdict.Inconclusive));
        Assert.That(DataHypotheses.KernelPositive(new Enclosure(0, 1e-12, "")).Verdict, Is.EqualTo(Verdict.Inconclusive), "0 ≤ λ is not λ > 0");
        Assert.That(DataHypotheses.KernelPositive(new Enclosure(-1.0, 0, "")).Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(DataHypotheses.KernelPositive(new Enclosure(double.NegativeInfinity, double.PositiveInfinity, "overflow")).Verdict,
            Is.EqualTo(Verdict.Inconclusive), "a λ_min that could not be enclosed decides nothing (it is not a counterexample)");
    }
}
