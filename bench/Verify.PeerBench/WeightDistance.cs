using MathNet.Numerics.LinearAlgebra;

namespace Verify.PeerBench;

/// <summary>The number both sides of a step comparison report per layer: how far W(k) moved from W(0).</summary>
internal static class WeightDistance
{
    /// <summary>‖W(k) − W(0)‖_F without a temporary (MathNet's FrobeniusNorm overflows an int index past 2³¹/32 entries).</summary>
    public static double FromStart(Matrix<double> w, Matrix<double> w0)
    {
        var (a, b) = (w.AsColumnMajorArray(), w0.AsColumnMajorArray());
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            var difference = a[i] - b[i];
            sum += difference * difference;
        }

        return Math.Sqrt(sum);
    }
}
