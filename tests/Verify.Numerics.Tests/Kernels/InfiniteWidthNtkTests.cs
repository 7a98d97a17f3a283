using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using Xoshiro = Verify.Core.Xoshiro256StarStar;

namespace Verify.Numerics.Tests;

/// <summary>Known answers for H∞ (Du et al. 2019, closed form of E_w[xᵢᵀxⱼ 1{wᵀxᵢ ≥ 0, wᵀxⱼ ≥ 0}]).</summary>
public sealed class InfiniteWidthNtkTests
{
    private const double Epsilon = Spectral.MachineEpsilon;

    [Test]
    public void OrthonormalInputsGiveHalfTheIdentityExactly(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        var backend = TestBackends.Require(kind);

        // X = the first 6 rows of I₈: G = X Xᵀ = I₆ exactly (sums of products of 0 and 1), so H∞ᵢᵢ = 1·π/(2π) = ½
        // and H∞ᵢⱼ = 0·(…) = 0, with no rounding anywhere.
        var x = Matrix<double>.Build.Dense(6, 8, (i, j) => i == j ? 1.0 : 0.0);
        var h = Gram.InfiniteWidthReluNtk(Gram.InputGram(backend, x));

        Assert.That(h, Is.EqualTo(Matrix<double>.Build.DenseIdentity(6) / 2));
    }

    [Test]
    public void TwoIdenticalInputsMakeHInfinitySingular(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        var backend = TestBackends.Require(kind);

        // x = (½, −½, ½, ½) has ‖x‖² = 1 exactly, so G₁₁ = G₂₂ = G₁₂ = 1 exactly, ρ₁₂ = 1 and rows 1 and 2 of H∞
        // coincide: λ_min = 0 in exact arithmetic of the computed matrix. (A random x would not do: G₁₂ one ulp below
        // √(G₁₁G₂₂) moves arccos ρ by √(2ε) ≈ 2·10⁻⁸, the ill-conditioning documented on InfiniteWidthReluNtk.)
        var third = UnitSphere.Sample(1, 4, new Xoshiro(17)).Row(0);
        var x = Matrix<double>.Build.DenseOfRowArrays(
            [0.5, -0.5, 0.5, 0.5],
            [0.5, -0.5, 0.5, 0.5],
            third.ToArray());
        var h = Gram.InfiniteWidthReluNtk(Gram.InputGram(backend, x));

        var smallest = Spectral.SmallestEigenvalueWithErrorBound(backend, h);
        Assert.That(smallest.Value, Is.EqualTo(0.0).Within(smallest.ErrorBound));
    }

    [Test]
    public void AntiparallelPairGivesHalfTheIdentity()
    {
        // ρ = −1 exactly, arccos(−1) = π, so H∞₁₂ = −1·(π − π)/(2π) = 0 and λ₀ = ½. Du et al. exclude antiparallel
        // pairs (xᵢ ∦ xⱼ) anyway; the closed form is still defined there.
        var x = Matrix<double>.Build.DenseOfRowArrays([0.5, 0.5, -0.5, 0.5], [-0.5, -0.5, 0.5, -0.5]);
        var h = Gram.InfiniteWidthReluNtk(Gram.InputGram(TestBackends.Managed, x));

        Assert.Multiple(() =>
        {
            Assert.That(h, Is.EqualTo(Matrix<double>.Build.DenseIdentity(2) / 2));
            // H is exactly I/2 (checked above), a diagonal matrix: the eigensolver returns its entries within a few ulps.
            Assert.That(Spectral.SmallestEigenvalue(TestBackends.Managed, h), Is.EqualTo(0.5).Within(8 * Epsilon));
        });
    }

    [TestCase(Math.PI / 6)]
    [TestCase(Math.PI / 3)]
    [TestCase(Math.PI / 2)]
    [TestCase(2 * Math.PI / 3)]
    [TestCase(5 * Math.PI / 6)]
    public void TwoInputsAtAngleThetaMatchTheClosedForm(double theta)
    {
        var x = Matrix<double>.Build.DenseOfRowArrays([1.0, 0.0], [Math.Cos(theta), Math.Sin(theta)]);
        var h = Gram.InfiniteWidthReluNtk(Gram.InputGram(TestBackends.Managed, x));
        var expected = Math.Cos(theta) * (Math.PI - theta) / (2 * Math.PI);

        // ρ̂ = cos θ̂ /√(cos²θ̂ + sin²θ̂) errs by ≤ 2ε; arccos moves it by ≤ 2ε/sin θ ≤ 4ε (θ ∈ [π/6, 5π/6]) plus its
        // own rounding; scaled by |cos θ|/(2π) ≤ 1/6 and with ~3 more roundings of a value ≤ ½ the error is ≤ 3ε.
        // 8ε leaves slack.
        Assert.Multiple(() =>
        {
            Assert.That(h[0, 1], Is.EqualTo(expected).Within(8 * Epsilon));
            Assert.That(h[1, 0], Is.EqualTo(h[0, 1]));
            Assert.That(h[0, 0], Is.EqualTo(0.5));
            Assert.That(h[1, 1], Is.EqualTo(0.5).Within(2 * Epsilon));
        });
    }

    [Test]
    public void AgreesWithANaiveDoubleLoopIncludingAZeroInput()
    {
        // Non-unit Gaussian inputs (so ρ ≠ G) and one zero input, whose row and column of H∞ must be 0.
        var x = Gaussian.Sample(7, 4, new Xoshiro(23));
        x.ClearRow(3);
        var h = Gram.InfiniteWidthReluNtk(Gram.InputGram(TestBackends.Managed, x));
        var naive = NaiveInfiniteWidthNtk(x, out var maxOffDiagonalRho);

        // Both sides round length-4 dot products (≤ 4ε·‖xᵢ‖‖xⱼ‖ each) and then apply the same formula, whose
        // sensitivity |∂H∞/∂ρ| ≤ ½ + 1/(2π√(1 − ρ²)) is below 2 here since |ρ| < 0.99 (checked). So the two differ by
        // at most ~ 2·(4 + 4)ε·max‖xᵢ‖² entrywise; we allow 32ε·max Gᵢᵢ.
        var maxGii = x.RowNorms(2.0).Select(v => v * v).Max();
        Assert.Multiple(() =>
        {
            Assert.That(maxOffDiagonalRho, Is.LessThan(0.99), "precondition: no nearly parallel pair in this draw");
            Assert.That(h.ToColumnMajorArray(), Is.EqualTo(naive.ToColumnMajorArray()).Within(32 * Epsilon * maxGii));
            Assert.That(h.Row(3).Enumerate(), Is.All.EqualTo(0.0));
            Assert.That(h.Column(3).Enumerate(), Is.All.EqualTo(0.0));
            Assert.That(h, Is.EqualTo(h.Transpose()), "exactly symmetric");
        });
    }

    [Test]
    public void IsPositiveSemidefinite(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        var backend = TestBackends.Require(kind);
        var x = UnitSphere.Sample(40, 10, new Xoshiro(29));
        var h = Gram.InfiniteWidthReluNtk(Gram.InputGram(backend, x));

        var smallest = Spectral.SmallestEigenvalueWithErrorBound(backend, h);

        // H∞ is a covariance-like kernel matrix (an expectation of PSD rank-one matrices), so λ_min ≥ 0 up to rounding;
        // for distinct non-parallel inputs Du et al. (Thm 3.1) even have λ₀ > 0. Also λ₀ ≤ min H∞ᵢᵢ = ½.
        Assert.That(smallest.Upper, Is.GreaterThanOrEqualTo(0.0));
        Assert.That(smallest.Lower, Is.LessThanOrEqualTo(0.5));
    }

    [Test]
    public void MatchesTheFiniteWidthGramForVeryWideRandomFirstLayers()
    {
        // H(W)ᵢⱼ = Gᵢⱼ·(1/m)Σ_r 1{w_rᵀxᵢ ≥ 0}1{w_rᵀxⱼ ≥ 0} is an average of m independent values in [−1, 1] (unit
        // inputs) with mean H∞ᵢⱼ. Hoeffding: P(|H − H∞| ≥ t) ≤ 2exp(−mt²/2); at t = 5/√m that is 2e^(−12.5) ≈ 7.5·10⁻⁶
        // per entry, ≈ 10⁻⁴ for all 15 distinct entries. The seed is fixed, so the test is deterministic anyway.
        const int m = 200_000;
        var rng = new Xoshiro(31);
        var x = UnitSphere.Sample(5, 6, rng);
        var w = Gaussian.Sample(m, 6, rng);
        var backend = TestBackends.Managed;

        var g = Gram.InputGram(backend, x);
        var infinite = Gram.InfiniteWidthReluNtk(g);
        var finite = Gram.FiniteWidthReluNtk(backend, g, x.TransposeAndMultiply(w));

        Assert.That(finite.ToColumnMajorArray(), Is.EqualTo(infinite.ToColumnMajorArray()).Within(5 / Math.Sqrt(m)));
    }

    [Test]
    public void ParallelColumnsEqualTheSequentialFormulaBitwise([Values(37, 38)] int n)
    {
        // Every entry comes from the same scalar operations whatever the thread schedule, so the parallel result must
        // equal this sequential transcription of the formula bit for bit — zero input, clipping and mirroring included.
        var x = Gaussian.Sample(n, 9, new Xoshiro(61));
        x.ClearRow(3);
        x.SetRow(5, x.Row(4) * 2);
        var g = Gram.InputGram(TestBackends.Managed, x);
        var expected = Matrix<double>.Build.Dense(n, n);
        for (var j = 0; j < n; j++)
        {
            var gjj = g[j, j];
            expected[j, j] = gjj > 0 ? gjj / 2 : 0.0;
            for (var i = j + 1; i < n; i++)
            {
                var gii = g[i, i];
                var value = 0.0;
                if (gii > 0 && gjj > 0)
                {
                    var gij = g[i, j];
                    var rho = Math.Clamp(gij / Math.Sqrt(gii * gjj), -1.0, 1.0);
                    value = gij * (Math.PI - Math.Acos(rho)) / (2 * Math.PI);
                }

                expected[i, j] = value;
                expected[j, i] = value;
            }
        }

        var h = Gram.InfiniteWidthReluNtk(g);

        Assert.That(
            h.ToColumnMajorArray().Select(BitConverter.DoubleToInt64Bits),
            Is.EqualTo(expected.ToColumnMajorArray().Select(BitConverter.DoubleToInt64Bits)));
    }

    private static Matrix<double> NaiveInfiniteWidthNtk(Matrix<double> x, out double maxOffDiagonalRho)
    {
        int n = x.RowCount, d = x.ColumnCount;
        var h = Matrix<double>.Build.Dense(n, n);
        maxOffDiagonalRho = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                double dot = 0, normI = 0, normJ = 0;
                for (var k = 0; k < d; k++)
                {
                    dot += x[i, k] * x[j, k];
                    normI += x[i, k] * x[i, k];
                    normJ += x[j, k] * x[j, k];
                }

                if (normI == 0 || normJ == 0)
                {
                    continue;
                }

                var rho = Math.Clamp(dot / Math.Sqrt(normI * normJ), -1, 1);
                if (i != j)
                {
                    maxOffDiagonalRho = Math.Max(maxOffDiagonalRho, Math.Abs(rho));
                }

                h[i, j] = dot * (Math.PI - Math.Acos(rho)) / (2 * Math.PI);
            }
        }

        return h;
    }
}
