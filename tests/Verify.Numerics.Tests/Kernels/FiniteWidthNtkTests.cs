using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using Xoshiro = Verify.Core.Xoshiro256StarStar;

namespace Verify.Numerics.Tests;

/// <summary>Known answers for G = X Xᵀ and H(W) = G ∘ (P Pᵀ)/m with P = 1{Z ≥ 0}, Z = X Wᵀ.</summary>
public sealed class FiniteWidthNtkTests
{
    private const double Epsilon = Spectral.MachineEpsilon;

    [Test]
    public void InputGramIsExactlySymmetricAndMatchesDotProductsAndTheGemm(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        var backend = TestBackends.Require(kind);
        const int n = 130, d = 12;
        var x = Gaussian.Sample(n, d, new Xoshiro(41));

        var g = Gram.InputGram(backend, x);
        var expected = Matrix<double>.Build.Dense(n, n, (i, j) => x.Row(i).DotProduct(x.Row(j)));
        var gemm = Matrix<double>.Build.Dense(n, n);
        backend.Gemm(false, true, 1.0, x, x, 0.0, gemm);

        // Each entry is a length-12 dot product, from syrk, GEMM or the loop: each within γ₁₂·‖xᵢ‖‖xⱼ‖ of the exact value,
        // so any two within twice that, which Tolerances.Gemm allows.
        var bound = Tolerances.Gemm(false, true, 1.0, x, x, 0.0, Matrix<double>.Build.Dense(n, n));
        Assert.Multiple(() =>
        {
            Assert.That(g, Is.EqualTo(g.Transpose()), "exactly symmetric");
            Assert.That(Tolerances.WorstExcess(g, expected, bound), Is.LessThanOrEqualTo(0.0));
            Assert.That(Tolerances.WorstExcess(g, gemm, bound), Is.LessThanOrEqualTo(0.0));
        });
    }

    /// <summary>
    /// n, m around the pattern chunk width c(n) (<see cref="Gram.PatternChunkColumns"/>): m inside one chunk, two whole
    /// chunks, two chunks and a narrower last one, and n = 1 (c = 262144 columns) with a narrower last chunk.
    /// </summary>
    public static IEnumerable<ChunkCase> ChunkCases()
    {
        var c64 = Gram.PatternChunkColumns(64);
        yield return new ChunkCase(5, 7, "m < chunk");
        yield return new ChunkCase(64, 2 * c64, "m = 2 chunks");
        yield return new ChunkCase(64, (2 * c64) + 3, "m = 2 chunks + 3");
        yield return new ChunkCase(1, Gram.PatternChunkColumns(1) + 5, "n = 1, m = chunk + 5");
    }

    [Test]
    public void FiniteWidthGramFromZIsExactlyTheDefinition(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind,
        [ValueSource(nameof(ChunkCases))] ChunkCase shape)
    {
        var backend = TestBackends.Require(kind);
        int n = shape.N, m = shape.M;
        var z = TestMatrices.Random(n, m, 50);
        for (var r = 0; r < m; r += 3)
        {
            z[r % n, r] = (r % 9) switch { 0 => 0.0, 3 => -0.0, _ => double.NaN };
        }

        var g = TestMatrices.RandomSymmetric(n, 51);

        var h = Gram.FiniteWidthReluNtk(backend, g, z);

        // Pᵢᵣ = 1{Zᵢᵣ ≥ 0}: ±0 counts as active (ReLU′(0) = 1), NaN as inactive. The counts are integers below 2⁵³, exact
        // in any summation order, blocking or FMA of the rank-k updates; Hᵢⱼ = Gᵢⱼ·count/m is then the same two
        // roundings on both sides (and Gⱼᵢ = Gᵢⱼ), so the result must equal the definition bitwise.
        var expected = Matrix<double>.Build.Dense(n, n, (i, j) =>
        {
            var count = 0;
            for (var r = 0; r < m; r++)
            {
                count += z[i, r] >= 0 && z[j, r] >= 0 ? 1 : 0;
            }

            return g[i, j] * count / m;
        });
        Assert.That(h.ToColumnMajorArray(), Is.EqualTo(expected.ToColumnMajorArray()));
    }

    [Test]
    public void NearKinkCoincidencesAreExactlyTheCounts(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind,
        [ValueSource(nameof(ChunkCases))] ChunkCase shape)
    {
        var backend = TestBackends.Require(kind);
        int n = shape.N, m = shape.M;
        const double threshold = 0.5;
        var z = TestMatrices.Random(n, m, 52);
        for (var r = 0; r < m; r += 3)
        {
            z[r % n, r] = (r % 9) switch { 0 => threshold, 3 => -threshold, _ => double.NaN };
        }

        var counts = Gram.NearKinkCoincidences(backend, z, threshold);

        // Integer counts below 2⁵³: exact in any order, so bitwise equal to the loop; |z| = threshold counts, NaN does not.
        var expected = Matrix<double>.Build.Dense(n, n, (i, j) =>
        {
            var count = 0;
            for (var r = 0; r < m; r++)
            {
                count += Math.Abs(z[i, r]) <= threshold && Math.Abs(z[j, r]) <= threshold ? 1 : 0;
            }

            return count;
        });
        Assert.That(counts.ToColumnMajorArray(), Is.EqualTo(expected.ToColumnMajorArray()));
        Assert.That(counts.Diagonal().Sum(), Is.GreaterThan(0), "some entries are near the kink");
    }

    [Test]
    public void FiniteWidthGramMatchesItsDefinitionFromXAndW(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        var backend = TestBackends.Require(kind);
        var rng = new Xoshiro(43);
        var x = UnitSphere.Sample(6, 5, rng);
        var w = Gaussian.Sample(50, 5, rng);
        var z = Gram.PreActivations(backend, x, w);

        var g = Gram.InputGram(backend, x);
        var h = Gram.FiniteWidthReluNtk(backend, g, z);
        var expected = Matrix<double>.Build.Dense(6, 6, (i, j) =>
        {
            var both = Enumerable.Range(0, 50).Count(r => w.Row(r).DotProduct(x.Row(i)) >= 0 && w.Row(r).DotProduct(x.Row(j)) >= 0);
            return x.Row(i).DotProduct(x.Row(j)) * both / 50.0;
        });

        // The counts are exact integers on both sides (no w_rᵀxᵢ is within rounding of 0 for this draw, checked below);
        // the entries then differ only by the rounding of Gᵢⱼ (≤ 2γ₅ for unit inputs) and two more roundings.
        Assert.Multiple(() =>
        {
            Assert.That(z.Enumerate().Min(Math.Abs), Is.GreaterThan(1e-10), "precondition: no pattern decided by rounding");
            Assert.That(h.ToColumnMajorArray(), Is.EqualTo(expected.ToColumnMajorArray()).Within(16 * Epsilon));
            Assert.That(h, Is.EqualTo(h.Transpose()), "exactly symmetric");
        });
    }

    [Test]
    public void AllNeuronsActiveGivesTheInputGram()
    {
        // Z > 0 (n×4): P Pᵀ = 4 everywhere and Gᵢⱼ·4/4 = Gᵢⱼ exactly (scaling by a power of two).
        var x = Gaussian.Sample(5, 3, new Xoshiro(47));
        var g = Gram.InputGram(TestBackends.Managed, x);
        var positive = Matrix<double>.Build.Dense(5, 4, 1.0);

        Assert.That(Gram.FiniteWidthReluNtk(TestBackends.Managed, g, positive), Is.EqualTo(g));
    }

    [Test]
    public void IntoADestinationOverwritesItsOldValues()
    {
        var rng = new Xoshiro(53);
        var z = Gaussian.Sample(7, 9, rng);
        var g = TestMatrices.RandomSymmetric(7, 54);
        var destination = TestMatrices.Random(7, 7, 55);

        Gram.FiniteWidthReluNtk(TestBackends.Managed, g, z, destination);

        Assert.That(destination, Is.EqualTo(Gram.FiniteWidthReluNtk(TestBackends.Managed, g, z)));
    }

    [Test]
    public void MismatchedShapesAreRejected()
    {
        var backend = TestBackends.Managed;
        var g = Matrix<double>.Build.DenseIdentity(3);
        var z = Matrix<double>.Build.Dense(3, 2);
        Assert.Multiple(() =>
        {
            Assert.That(() => Gram.InfiniteWidthReluNtk(Matrix<double>.Build.Dense(2, 3)), Throws.ArgumentException);
            Assert.That(
                () => Gram.FiniteWidthReluNtk(backend, g, Matrix<double>.Build.Dense(4, 2)),
                Throws.ArgumentException.With.Property(nameof(ArgumentException.ParamName)).EqualTo("z"));
            Assert.That(
                () => Gram.FiniteWidthReluNtk(backend, g, Matrix<double>.Build.Dense(3, 0)),
                Throws.ArgumentException.With.Message.Contains("m = 0"));
            Assert.That(
                () => Gram.FiniteWidthReluNtk(backend, g, z, Matrix<double>.Build.Dense(2, 2)),
                Throws.ArgumentException.With.Property(nameof(ArgumentException.ParamName)).EqualTo("destination"));
            Assert.That(() => Gram.FiniteWidthReluNtk(backend, g, z, g), Throws.ArgumentException);
        });
    }

    /// <summary>An n×m shape of Z for <see cref="FiniteWidthGramFromZIsExactlyTheDefinition"/>.</summary>
    public sealed record ChunkCase(int N, int M, string Name)
    {
        /// <inheritdoc/>
        public override string ToString() => $"{Name} (n={N}, m={M})";
    }
}
