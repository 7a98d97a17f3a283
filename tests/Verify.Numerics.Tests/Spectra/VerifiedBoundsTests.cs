using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace Verify.Numerics.Tests;

/// <summary>
/// Certified bounds checked against exact rational arithmetic: a lower bound L on λ_min(A) is right iff A − L·I is
/// positive semidefinite exactly, an upper bound U on λ_max iff U·I − A is (see <see cref="ExactMatrix"/>).
/// </summary>
public sealed class VerifiedBoundsTests
{
    [Test]
    public void ExactCheckerRejectsBoundsAboveTheSmallestEigenvalue()
    {
        // [[2, 1], [1, 2]] has eigenvalues 1 and 3: the checker must accept 1 and reject the next double above it.
        var a = ExactMatrix.FromDoubles(Matrix<double>.Build.DenseOfArray(new double[,] { { 2, 1 }, { 1, 2 } }));
        Assert.Multiple(() =>
        {
            Assert.That(ExactMatrix.IsAtMostSmallestEigenvalue(a, 1.0), Is.True);
            Assert.That(ExactMatrix.IsAtMostSmallestEigenvalue(a, Math.BitIncrement(1.0)), Is.False);
            Assert.That(ExactMatrix.IsAtLeastLargestEigenvalue(a, 3.0), Is.True);
            Assert.That(ExactMatrix.IsAtLeastLargestEigenvalue(a, Math.BitDecrement(3.0)), Is.False);
        });
    }

    [Test]
    public void RandomSymmetricLowerBoundIsExactlyBelowAndTight(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind,
        [Values(1, 2, 5, 9)] int n,
        [Values(3, 17)] int seed)
    {
        var backend = TestBackends.Require(kind);
        var a = TestMatrices.RandomSymmetric(n, seed);
        var estimate = Spectral.SmallestEigenvalue(backend, a);

        var bound = VerifiedBounds.SmallestEigenvalueLowerBound(backend, a);

        Assert.That(bound.IsCertified, Is.True, bound.Note);
        Assert.Multiple(() =>
        {
            Assert.That(ExactMatrix.IsAtMostSmallestEigenvalue(ExactMatrix.FromDoubles(a), bound.Value), Is.True, bound.Note);
            Assert.That(bound.Value, Is.GreaterThan(estimate - (1e-12 * Spectral.NormUpperBound(a))), "the bound should be tight");
        });
    }

    [Test]
    public void SpdMatrixIsCertifiedPositive(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        var backend = TestBackends.Require(kind);
        var a = TestMatrices.RandomSpd(8, 5);

        var bound = VerifiedBounds.SmallestEigenvalueLowerBound(backend, a);

        Assert.That(bound.IsCertified, Is.True, bound.Note);
        Assert.Multiple(() =>
        {
            Assert.That(bound.Value, Is.GreaterThan(0), "an SPD matrix with λ_min ≥ n must be certified positive");
            Assert.That(ExactMatrix.IsAtMostSmallestEigenvalue(ExactMatrix.FromDoubles(a), bound.Value), Is.True);
        });
    }

    [Test]
    public void NearThresholdMatricesNeverClaimMore(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind,
        [Values(1e-14, 0.0, -1e-14, 1e-10)] double smallest,
        [Values(4, 8)] int n)
    {
        var backend = TestBackends.Require(kind);
        var q = TestMatrices.Random(n, n, 101 + n).QR().Q;
        var lambdas = Enumerable.Range(0, n).Select(i => i == 0 ? smallest : 1.0 + i).ToArray();
        var a = q * Matrix<double>.Build.DenseOfDiagonalArray(lambdas) * q.Transpose();
        a = (a + a.Transpose()) / 2; // exactly symmetric; λ_min of this double matrix is within ~1e-15 of `smallest`

        var bound = VerifiedBounds.SmallestEigenvalueLowerBound(backend, a);

        Assert.That(bound.IsCertified, Is.True, bound.Note);
        Assert.Multiple(() =>
        {
            Assert.That(ExactMatrix.IsAtMostSmallestEigenvalue(ExactMatrix.FromDoubles(a), bound.Value), Is.True, bound.Note);
            Assert.That(bound.Value, Is.LessThanOrEqualTo(smallest + 1e-13), "cannot exceed λ_min by more than the rounding of A");
            Assert.That(bound.Value, Is.GreaterThan(smallest - 1e-12), "should be within a few n²ε‖A‖ of λ_min");
        });
    }

    [Test]
    public void HilbertLowerBoundNeverExceedsTheTrueValue(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind,
        [Range(5, 12)] int n)
    {
        var backend = TestBackends.Require(kind);
        var h = TestMatrices.Hilbert(n);

        var bound = VerifiedBounds.SmallestEigenvalueLowerBound(backend, h);

        // λ_min of the exact Hilbert matrix (e.g. Todd 1954; 3.2879e-6 at n = 5, 1.0932e-13 at n = 10, 2.6e-17 at n = 12)
        // differs from the rounded one's by ≤ ‖fl(H) − H‖₂ ≤ u‖H‖_F < 3e-16: so compare exactly with fl(H) instead.
        TestContext.Out.WriteLine($"n = {n}: certified λ_min(fl(H)) ≥ {bound.Value:R} ({bound.Note})");
        Assert.That(bound.IsCertified, Is.True, bound.Note);
        Assert.Multiple(() =>
        {
            Assert.That(ExactMatrix.IsAtMostSmallestEigenvalue(ExactMatrix.FromDoubles(h), bound.Value), Is.True, bound.Note);
            Assert.That(bound.Value, Is.GreaterThan(-1e-13), "the bound should be within n²ε‖H‖ of λ_min ≥ 0");
            if (n <= 10)
            {
                Assert.That(bound.Value, Is.GreaterThan(0), "H_n for n ≤ 10 (λ_min ≥ 1.09e-13) must be certified positive");
            }
        });
    }

    [Test]
    public void SingularIntegerMatricesAreNeverCertifiedPositive(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind,
        [Values(3, 6, 10)] int n)
    {
        var backend = TestBackends.Require(kind);

        // B Bᵀ with an integer n×(n−1) B: rank ≤ n − 1, so λ_min = 0 exactly; entries are small integers, exact.
        var b = Matrix<double>.Build.Dense(n, n - 1, (i, j) => ((3 * i) + (5 * j) + (i * j)) % 7 - 3);
        var a = b.TransposeAndMultiply(b);
        var ones = Matrix<double>.Build.Dense(n, n, 1.0); // rank 1, λ_min = 0

        var bound = VerifiedBounds.SmallestEigenvalueLowerBound(backend, a);
        var onesBound = VerifiedBounds.SmallestEigenvalueLowerBound(backend, ones);

        Assert.That(bound.IsCertified && onesBound.IsCertified, Is.True, bound.Note + " | " + onesBound.Note);
        Assert.Multiple(() =>
        {
            Assert.That(bound.Value, Is.LessThanOrEqualTo(0.0));
            Assert.That(onesBound.Value, Is.LessThanOrEqualTo(0.0));
            Assert.That(bound.Value, Is.GreaterThan(-1e-10 * VerifiedBounds.Norm2UpperBound(a)), "tight near 0");
            Assert.That(ExactMatrix.IsAtMostSmallestEigenvalue(ExactMatrix.FromDoubles(a), bound.Value), Is.True);
        });
    }

    [Test]
    public void NonSymmetricInputIsRejected()
    {
        var a = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 1e-20 }, { 0, 1 } });
        Assert.Throws<ArgumentException>(() => VerifiedBounds.SmallestEigenvalueLowerBound(TestBackends.Managed, a));
    }

    [Test]
    public void AllOnesNormBoundIsAtLeastN([Values(1, 3, 7, 100)] int n)
    {
        var bound = VerifiedBounds.Norm2UpperBound(Matrix<double>.Build.Dense(n, n, 1.0));

        Assert.That(bound, Is.GreaterThanOrEqualTo((double)n).And.LessThan(n * (1 + 1e-12)));
    }

    [Test]
    public void NormBoundsDominateTheExactNorm(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind,
        [Values(1, 4, 7)] int rows,
        [Values(1, 4, 6)] int columns)
    {
        var backend = TestBackends.Require(kind);
        var m = TestMatrices.Random(rows, columns, 7 * rows + columns);
        var gram = ExactMatrix.TransposeTimesSelf(ExactMatrix.FromDoubles(m));
        var symmetric = TestMatrices.RandomSymmetric(rows, columns);
        var exactSymmetric = ExactMatrix.FromDoubles(symmetric);

        var cheap = VerifiedBounds.Norm2UpperBound(m);
        var tight = VerifiedBounds.SymmetricNorm2UpperBound(backend, symmetric);
        var trueSymmetricNorm = Spectral.SymmetricNorm2(backend, symmetric);

        Assert.Multiple(() =>
        {
            // ‖M‖₂² = λ_max(MᵀM) ≤ U² iff U²·I − MᵀM is PSD, exactly (U² formed exactly as a rational).
            Assert.That(IsAtLeastSquareRootOfLargest(gram, cheap), Is.True);
            // ‖S‖₂ ≤ U iff U·I − S and U·I + S are PSD.
            Assert.That(ExactMatrix.IsAtLeastLargestEigenvalue(exactSymmetric, tight), Is.True);
            Assert.That(
                ExactMatrix.IsAtMostSmallestEigenvalue(exactSymmetric, -tight), Is.True);
            Assert.That(tight, Is.LessThan(trueSymmetricNorm * (1 + 1e-10)), "the symmetric bound should be tight");
        });
    }

    [Test]
    public void SingularValueBoundsEncloseTheSvd(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind,
        [Values(3, 6)] int rows,
        [Values(2, 6, 9)] int columns,
        [Values(false, true)] bool rankDeficient)
    {
        var backend = TestBackends.Require(kind);
        var m = TestMatrices.Random(rows, columns, (11 * rows) + columns);
        if (rankDeficient)
        {
            // Integer entries with the last column (or row, if wide) a sum of two others: exactly rank-deficient.
            m = m.Map(v => Math.Round(4 * v));
            if (rows >= columns)
            {
                m.SetColumn(columns - 1, m.Column(0) + m.Column(1 % (columns - 1)));
            }
            else
            {
                m.SetRow(rows - 1, m.Row(0) + m.Row(1 % (rows - 1)));
            }
        }

        var svd = backend.SingularValues(m);
        var exact = ExactMatrix.FromDoubles(rows >= columns ? m : m.Transpose());
        var gram = ExactMatrix.TransposeTimesSelf(exact);

        var bounds = VerifiedBounds.SingularValueBounds(backend, m);

        Assert.That(bounds.SmallestLower.IsCertified, Is.True, bounds.SmallestLower.Note);
        var lower = bounds.SmallestLower.Value;
        var slack = 1e-12 * svd[0];
        Assert.Multiple(() =>
        {
            Assert.That(lower, Is.GreaterThanOrEqualTo(0.0));
            Assert.That(lower, Is.LessThanOrEqualTo(svd[^1] + slack), "below the backend's σ_min (up to its error)");
            Assert.That(bounds.LargestUpper, Is.GreaterThanOrEqualTo(svd[0] - slack), "above the backend's σ_max");
            Assert.That(bounds.LargestUpper, Is.LessThan(svd[0] * (1 + 1e-10)), "σ_max bound should be tight");
            Assert.That(IsAtLeastSquareRootOfLargest(gram, bounds.LargestUpper), Is.True, "exact: U² ≥ λ_max(MᵀM)");
            Assert.That(
                ExactMatrix.IsAtMostSmallestEigenvalue(gram, 0) && IsAtMostSquareRootOfSmallest(gram, lower),
                Is.True,
                "exact: L² ≤ λ_min(MᵀM)");
            if (rankDeficient)
            {
                Assert.That(lower, Is.EqualTo(0.0), "σ_min = 0 exactly");
            }
            else
            {
                Assert.That(lower, Is.GreaterThan(svd[^1] * 0.999), "σ_min bound should be tight for a random matrix");
            }
        });
    }

    [Test]
    public void DirectedRoundingEnclosesExactResults(
        [Values(1.0, 0.1, 3.0, 1e-310, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308)] double x,
        [Values(1.0, 3.0, 1e-17, 0.7, 4.9e-324, 1e300)] double y)
    {
        var (ex, ey) = (ExactRational.FromDouble(x), ExactRational.FromDouble(y));
        Assert.Multiple(() =>
        {
            AssertUpper(DirectedRounding.AddUp(x, y), ex + ey);
            AssertLower(DirectedRounding.AddDown(x, y), ex + ey);
            AssertUpper(DirectedRounding.SubUp(x, y), ex - ey);
            AssertLower(DirectedRounding.SubDown(x, y), ex - ey);
            AssertUpper(DirectedRounding.MulUp(x, y), ex * ey);
            AssertLower(DirectedRounding.MulDown(x, y), ex * ey);
            AssertUpper(DirectedRounding.DivUp(x, y), ex / ey);
            var up = DirectedRounding.SqrtUp(x);
            var down = DirectedRounding.SqrtDown(x);
            Assert.That(double.IsPositiveInfinity(up) || ExactRational.FromDouble(up) * ExactRational.FromDouble(up) >= ex, Is.True, "√ up");
            Assert.That(ExactRational.FromDouble(down) * ExactRational.FromDouble(down) <= ex, Is.True, "√ down");
        });

        static void AssertUpper(double bound, ExactRational exact) =>
            Assert.That(double.IsPositiveInfinity(bound) || ExactRational.FromDouble(bound) >= exact, Is.True, $"{bound:R} ≥ {exact}");

        static void AssertLower(double bound, ExactRational exact) =>
            Assert.That(double.IsNegativeInfinity(bound) || ExactRational.FromDouble(bound) <= exact, Is.True, $"{bound:R} ≤ {exact}");
    }

    [Test]
    public void RoundingModeIsToNearest() => Assert.That(DirectedRounding.RoundingIsToNearest(), Is.True);

    [Test]
    public void GammaUpperBoundIsAtLeastGamma([Values(1, 2, 10, 1000, 1 << 20)] int k)
    {
        // γ_k = k·u/(1 − k·u) exactly, with u = 2⁻⁵³.
        var u = ExactRational.Ratio(1, System.Numerics.BigInteger.Pow(2, 53));
        var ku = ExactRational.Ratio(k, 1) * u;
        var gamma = ku / (ExactRational.Ratio(1, 1) - ku);
        Assert.That(ExactRational.FromDouble(DirectedRounding.GammaUp(k)), Is.GreaterThanOrEqualTo(gamma));
    }

    [Test]
    public void TinyAndHugeScalesStaySound(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind,
        [Values(-1060, -1000, -500, 500, 1000)] int exponent)
    {
        var backend = TestBackends.Require(kind);

        // 2^e·(a random SPD matrix with small integer entries) and 2^e·(a singular one), scaled exactly (or into
        // subnormals, where the scaling may round — the bound is about the matrix as stored).
        var g = TestMatrices.Random(5, 5, 23).Map(v => Math.Round(3 * v));
        var spd = (g.TransposeAndMultiply(g) + Matrix<double>.Build.DenseIdentity(5)).Map(v => Math.ScaleB(v, exponent));
        var singular = Matrix<double>.Build.Dense(5, 5, 2.0).Map(v => Math.ScaleB(v, exponent));

        foreach (var a in new[] { spd, singular })
        {
            var bound = VerifiedBounds.SmallestEigenvalueLowerBound(backend, a);
            Assert.That(bound.IsCertified, Is.True, bound.Note);
            Assert.That(ExactMatrix.IsAtMostSmallestEigenvalue(ExactMatrix.FromDoubles(a), bound.Value), Is.True, bound.Note);
        }
    }

    [Test]
    public void ManagedCholeskyAgreesWithTheBackendOnDefiniteness(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind,
        [Values(1, 4, 12)] int n,
        [Values(0.5, -0.5)] double shiftFromSmallest)
    {
        var backend = TestBackends.Require(kind);
        var a = TestMatrices.RandomSymmetric(n, 41 + n);
        var shifted = a - ((Spectral.SmallestEigenvalue(backend, a) + shiftFromSmallest) * Matrix<double>.Build.DenseIdentity(n));
        var values = (double[])MatrixArgumentsCopy(shifted);

        // Clearly definite (λ_min = 0.5) or clearly indefinite (λ_min = −0.5): both factorisations must agree.
        Assert.That(VerifiedBounds.CholeskySucceeds(values, n), Is.EqualTo(backend.Cholesky(shifted).Succeeded));
    }

    [Test]
    public void SmallestSingularValueEnclosureHoldsTheSvdsValue(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind,
        [Values(3, 6)] int rows,
        [Values(2, 6, 9)] int columns)
    {
        var backend = TestBackends.Require(kind);
        var m = TestMatrices.Random(rows, columns, (13 * rows) + columns);
        var svd = backend.SingularValues(m);
        var gram = ExactMatrix.TransposeTimesSelf(ExactMatrix.FromDoubles(rows >= columns ? m : m.Transpose()));

        var enclosure = VerifiedBounds.SmallestSingularValueEnclosure(backend, m);

        // the lower end exactly (L² ≤ λ_min(MᵀM) in rationals); the upper end against the SVD, whose own error is ≤ 1e-12·σ_max
        Assert.That(IsAtMostSquareRootOfSmallest(gram, enclosure.Lower), Is.True, "exact: L² ≤ λ_min(MᵀM)");
        Assert.That(enclosure.Upper, Is.GreaterThanOrEqualTo(svd[^1] - (1e-12 * svd[0])));
        Assert.That(enclosure.Upper - enclosure.Lower, Is.LessThan(1e-10 * svd[0]), "tight: a few roundings wide");
    }

    private static double[] MatrixArgumentsCopy(Matrix<double> m) => m.ToColumnMajorArray();

    private static bool IsAtLeastSquareRootOfLargest(ExactRational[,] gram, double bound)
    {
        var b = ExactRational.FromDouble(bound);
        return ExactMatrix.IsPositiveSemidefinite(ExactMatrix.ShiftScale(gram, b * b, ExactRational.Ratio(-1, 1)));
    }

    private static bool IsAtMostSquareRootOfSmallest(ExactRational[,] gram, double bound)
    {
        var b = ExactRational.FromDouble(bound);
        return ExactMatrix.IsPositiveSemidefinite(ExactMatrix.ShiftScale(gram, ExactRational.Zero - (b * b), ExactRational.Ratio(1, 1)));
    }
}
