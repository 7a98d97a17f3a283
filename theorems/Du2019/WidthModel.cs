using MathNet.Numerics.LinearAlgebra;

namespace Verify.Theorems.Du2019;

/// <summary>
/// The Instance tier of Du et al. 2019 predicted at a larger width M from one measured initialisation (width m):
/// see <see cref="InstanceWidthSearch.Extrapolated"/>. Each sample's |z_i·| is sorted once; a prediction costs O(n log m + n²).
/// </summary>
internal sealed class WidthModel
{
    private readonly InitialAnalysis _measured;
    private readonly Matrix<double> _gram;
    private readonly double[][] _sortedMagnitudes;
    private readonly double _nuSquared;

    public WidthModel(DataAnalysis data, InitialAnalysis measured, Matrix<double> z)
    {
        _measured = measured;
        _gram = data.InputGram;
        _nuSquared = data.InputNormBound * data.InputNormBound;
        _sortedMagnitudes = [.. Enumerable.Range(0, z.RowCount).Select(i =>
        {
            var row = z.Row(i).Select(Math.Abs).ToArray();
            Array.Sort(row);
            return row;
        })];
    }

    /// <summary>Whether every Instance-tier link is predicted to hold at width <paramref name="width"/>, with the advised margin.</summary>
    public bool Holds(double width)
    {
        double shrink = Math.Sqrt(_measured.M / width);
        double threshold = _measured.FlipThreshold * shrink;
        int n = _sortedMagnitudes.Length;
        var fractions = _sortedMagnitudes.Select(row => CountAtMost(row, threshold) / (double)row.Length).ToArray();
        double perturbation = 0, perpendicular = 0;
        for (int j = 0; j < n; j++)
        {
            for (int i = 0; i < n; i++)
            {
                double g = Math.Abs(_gram[i, j]);
                perturbation += Square(g * Math.Min(1, fractions[i] + fractions[j]));
                perpendicular += Square(g * fractions[i]);
            }
        }
        double flip = Math.Sqrt(perturbation);
        double tau = _nuSquared * Math.Sqrt(n) * Math.Sqrt(fractions.Sum(f => f * f));
        double lambda0 = _measured.Lambda0, margin = Du2019Advice.AdvisedMargin;
        double deviation = _measured.H0DeviationNorm * shrink;
        double lambdaMinH0 = _measured.Lambda0Upper - Math.Max(0, _measured.Lambda0Upper - _measured.LambdaMinH0) * shrink;
        double mu = lambdaMinH0 - flip;
        return deviation <= (1 - margin) * lambda0 / 4
            && flip < (1 - margin) * lambda0 / 4
            && 2 * mu - 2 * Math.Sqrt(perpendicular) - 2 * tau >= (1 + margin) * _measured.Lambda0Upper / 2;
    }

    /// <summary>How many entries of the ascending <paramref name="sorted"/> are ≤ <paramref name="x"/>.</summary>
    private static int CountAtMost(double[] sorted, double x)
    {
        int index = Array.BinarySearch(sorted, x);
        if (index < 0)
        {
            return ~index;
        }
        while (index + 1 < sorted.Length && sorted[index + 1] <= x)
        {
            index++;
        }
        return index + 1;
    }

    private static double Square(double x) => x * x;
}
