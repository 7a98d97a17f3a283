namespace Verify.Reports;

/// <summary>
/// One axis of a heatmap in plot coordinates: the grid values (log10 of them on a log axis) as cell centres, and the cell
/// edges halfway between neighbours (the outer edges half a neighbour gap beyond the outer centres; a single value gets a
/// cell one unit wide, a decade on a log axis).
/// </summary>
internal sealed record GridAxis(bool Log, IReadOnlyList<double> Centres, IReadOnlyList<double> Edges)
{
    public static GridAxis Of(IReadOnlyList<double> values, bool log)
    {
        if (values.Count == 0)
        {
            throw new ArgumentException("a heatmap axis needs at least one value", nameof(values));
        }
        var centres = values.Select(v => log ? Math.Log10(v) : v).ToArray();
        var edges = new double[centres.Length + 1];
        if (centres.Length == 1)
        {
            edges[0] = centres[0] - 0.5;
            edges[1] = centres[0] + 0.5;
            return new GridAxis(log, centres, edges);
        }
        for (int i = 1; i < centres.Length; i++)
        {
            edges[i] = (centres[i - 1] + centres[i]) / 2;
        }
        edges[0] = centres[0] - (centres[1] - centres[0]) / 2;
        edges[^1] = centres[^1] + (centres[^1] - centres[^2]) / 2;
        return new GridAxis(log, centres, edges);
    }

    /// <summary>A value in plot coordinates.</summary>
    public double Coordinate(double value) => Log ? Math.Log10(value) : value;

    /// <summary>True when <paramref name="value"/> is finite (positive on a log axis) and lies between the outer edges.</summary>
    public bool Contains(double value)
    {
        if (!double.IsFinite(value) || (Log && value <= 0))
        {
            return false;
        }
        double t = Coordinate(value);
        return t >= Edges[0] && t <= Edges[^1];
    }
}
