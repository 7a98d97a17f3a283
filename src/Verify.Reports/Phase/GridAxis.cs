namespace Verify.Reports;

/// <summary>
/// One axis of a heatmap in plot coordinates: the grid values (log10 of them on a log axis) as cell centres, each cell
/// centred on its value and as wide as the smaller gap to its neighbours. The cells of an evenly spaced grid touch; a value
/// missing from an otherwise even grid (10², 10³, 10⁴, 10⁶) leaves a blank where it would be instead of a neighbour that
/// seems to cover it. A single value gets a cell one unit wide (a decade on a log axis).
/// </summary>
internal sealed record GridAxis(bool Log, IReadOnlyList<double> Centres, IReadOnlyList<double> Lower, IReadOnlyList<double> Upper)
{
    public static GridAxis Of(IReadOnlyList<double> values, bool log)
    {
        if (values.Count == 0)
        {
            throw new ArgumentException("a heatmap axis needs at least one value", nameof(values));
        }
        var centres = values.Select(v => log ? Math.Log10(v) : v).ToArray();
        if (centres.Length == 1)
        {
            return new GridAxis(log, centres, [centres[0] - 0.5], [centres[0] + 0.5]);
        }
        var gaps = centres.Zip(centres.Skip(1), (a, b) => b - a).ToArray();
        var lower = new double[centres.Length];
        var upper = new double[centres.Length];
        for (int i = 0; i < centres.Length; i++)
        {
            double half = Math.Min(i > 0 ? gaps[i - 1] : double.PositiveInfinity, i < gaps.Length ? gaps[i] : double.PositiveInfinity) / 2;
            lower[i] = centres[i] - half;
            upper[i] = centres[i] + half;
        }
        return new GridAxis(log, centres, lower, upper);
    }

    /// <summary>The plotted range: from the first cell's lower side to the last cell's upper side.</summary>
    public double Low => Lower[0];

    /// <inheritdoc cref="Low"/>
    public double High => Upper[^1];

    /// <summary>True when some neighbouring cells do not touch (the grid is not evenly spaced on this axis).</summary>
    public bool HasGaps => Enumerable.Range(0, Centres.Count - 1).Any(i => Lower[i + 1] - Upper[i] > 1e-9 * Math.Max(1, Math.Abs(Upper[i])));

    /// <summary>A value in plot coordinates.</summary>
    public double Coordinate(double value) => Log ? Math.Log10(value) : value;

    /// <summary>True when <paramref name="value"/> is finite (positive on a log axis) and lies within the plotted range.</summary>
    public bool Contains(double value)
    {
        if (!double.IsFinite(value) || (Log && value <= 0))
        {
            return false;
        }
        double t = Coordinate(value);
        return t >= Low && t <= High;
    }
}
