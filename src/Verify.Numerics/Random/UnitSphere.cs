using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;

namespace Verify.Numerics;

/// <summary>
/// Points uniform on the unit sphere S^{d−1}: standard normal vectors divided by their norm (the normal
/// distribution is rotation invariant, so the direction is uniform). Draw order as in <see cref="Gaussian.Sample"/>.
/// </summary>
public static class UnitSphere
{
    /// <summary>
    /// An n×d dense matrix whose rows are independent and uniform on the unit sphere (d ≥ 1). A row whose normal
    /// draw is exactly zero (probability 0 in exact arithmetic) is redrawn from the same generator, so the result is
    /// still a deterministic function of the seed. Row norms equal 1 up to a few units of rounding.
    /// </summary>
    public static Matrix<double> Sample(int n, int d, RandomSource rng)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfLessThan(d, 1);
        ArgumentNullException.ThrowIfNull(rng);
        var x = Gaussian.Sample(n, d, rng);
        for (var i = 0; i < n; i++)
        {
            var row = x.Row(i);
            var norm = row.L2Norm();
            while (norm == 0.0)
            {
                row = Gaussian.Sample(1, d, rng).Row(0);
                norm = row.L2Norm();
            }

            x.SetRow(i, row / norm);
        }

        return x;
    }
}
