using MathNet.Numerics.LinearAlgebra;
using Verify.Core;
using Verify.Numerics;
using Verify.Training;

namespace Verify.Theorems.NguyenMondelli2020;

/// <summary>
/// λ_* = λ_min(G_*), G_* = E_w[σ(Xw)σ(Xw)ᵀ] with w ~ N(0, I_d) (Wu–Mondelli's restatement of the paper's Lemma 3.4 [S]),
/// estimated by Monte Carlo: M = <see cref="Samples"/> draws in <see cref="Batches"/> batches, λ̂_* = λ_min of the mean over
/// all draws and its standard error the spread of the batch estimates over √batches. Reported as parameters, never
/// deciding scope: it is an estimate, and §3a needs λ_F, not λ_*.
/// </summary>
internal sealed record LimitKernel(double Estimate, double StandardError)
{
    public const int Samples = 4096;

    public const int Batches = 8;

    /// <summary>The largest N for which λ_* is estimated (each batch costs an N×N eigensolve).</summary>
    public const int MaxSamples = 2000;

    /// <summary>The estimate from its own generator (seeded from <paramref name="seed"/>), so the instance's draws are unchanged.</summary>
    public static LimitKernel Compute(ILinearAlgebraBackend backend, Matrix<double> x, Activation activation, ulong seed)
    {
        var random = new Xoshiro256StarStar(seed ^ 0x4e4d4c494d4b524eUL);
        int n = x.RowCount, d = x.ColumnCount, perBatch = Samples / Batches;
        var total = Matrix<double>.Build.Dense(n, n);
        var batches = new List<double>();
        for (int b = 0; b < Batches; b++)
        {
            var w = Gaussian.Sample(d, perBatch, random);
            var f = Matrix<double>.Build.Dense(n, perBatch);
            backend.Gemm(false, false, 1.0, x, w, 0.0, f);
            activation.Values(f.AsColumnMajorArray(), f.AsColumnMajorArray());
            var gram = Matrix<double>.Build.Dense(n, n);
            backend.Gemm(false, true, 1.0 / perBatch, f, f, 0.0, gram);
            Symmetrise(gram);
            batches.Add(Spectral.SmallestEigenvalue(backend, gram));
            total += gram;
        }
        total /= Batches;
        Symmetrise(total);
        double estimate = Spectral.SmallestEigenvalue(backend, total);
        double mean = batches.Average();
        double spread = Math.Sqrt(batches.Sum(v => (v - mean) * (v - mean)) / (Batches - 1));
        return new LimitKernel(estimate, spread / Math.Sqrt(Batches));
    }

    private static void Symmetrise(Matrix<double> m)
    {
        for (int i = 0; i < m.RowCount; i++)
        {
            for (int j = 0; j < i; j++)
            {
                double v = 0.5 * (m[i, j] + m[j, i]);
                m[i, j] = v;
                m[j, i] = v;
            }
        }
    }
}
