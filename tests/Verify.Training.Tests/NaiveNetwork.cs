using MathNet.Numerics.LinearAlgebra;

namespace Verify.Training.Tests;

/// <summary>
/// The network of Du et al. (2019) written out neuron by neuron with plain loops, as an independent reference:
/// f(W, a, x) = (1/√m) Σ_r a_r σ(w_rᵀx), L = ½ Σᵢ (uᵢ − yᵢ)², ∂L/∂w_r = (1/√m) Σᵢ (uᵢ − yᵢ) a_r xᵢ 1{w_rᵀxᵢ ≥ 0}.
/// </summary>
internal static class NaiveNetwork
{
    public static double PreActivation(Matrix<double> w, int r, Matrix<double> x, int i)
    {
        var sum = 0.0;
        for (var j = 0; j < x.ColumnCount; j++)
        {
            sum += w[r, j] * x[i, j];
        }

        return sum;
    }

    public static double[] Predictions(Matrix<double> w, IReadOnlyList<double> a, Matrix<double> x)
    {
        var m = w.RowCount;
        var u = new double[x.RowCount];
        for (var i = 0; i < x.RowCount; i++)
        {
            var sum = 0.0;
            for (var r = 0; r < m; r++)
            {
                sum += a[r] * Math.Max(PreActivation(w, r, x, i), 0.0);
            }

            u[i] = sum / Math.Sqrt(m);
        }

        return u;
    }

    public static double Loss(Matrix<double> w, IReadOnlyList<double> a, Matrix<double> x, IReadOnlyList<double> y)
    {
        var u = Predictions(w, a, x);
        return 0.5 * u.Select((ui, i) => (ui - y[i]) * (ui - y[i])).Sum();
    }

    public static Matrix<double> Gradient(Matrix<double> w, IReadOnlyList<double> a, Matrix<double> x, IReadOnlyList<double> y)
    {
        var m = w.RowCount;
        var u = Predictions(w, a, x);
        var gradient = Matrix<double>.Build.Dense(m, x.ColumnCount);
        for (var r = 0; r < m; r++)
        {
            for (var i = 0; i < x.RowCount; i++)
            {
                if (PreActivation(w, r, x, i) >= 0)
                {
                    for (var j = 0; j < x.ColumnCount; j++)
                    {
                        gradient[r, j] += (u[i] - y[i]) * a[r] * x[i, j] / Math.Sqrt(m);
                    }
                }
            }
        }

        return gradient;
    }
}
