using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// A theorem's instances on the grid of two numeric parameters: the distinct values of <see cref="XAxis"/> (columns)
/// and of <see cref="YAxis"/> (rows), each in increasing order, and the instances of every cell. An instance that does not
/// report both parameters as numbers is not on the grid and is counted in <see cref="Off"/>.
/// </summary>
internal sealed class PhaseGrid
{
    private readonly IReadOnlyList<InstanceReport>[,] _cells;

    private PhaseGrid(string xAxis, string yAxis, IReadOnlyList<double> xs, IReadOnlyList<double> ys, IReadOnlyList<InstanceReport>[,] cells, int off)
    {
        XAxis = xAxis;
        YAxis = yAxis;
        Xs = xs;
        Ys = ys;
        _cells = cells;
        Off = off;
    }

    public string XAxis { get; }

    public string YAxis { get; }

    /// <summary>The distinct values of the x parameter, increasing.</summary>
    public IReadOnlyList<double> Xs { get; }

    /// <summary>The distinct values of the y parameter, increasing.</summary>
    public IReadOnlyList<double> Ys { get; }

    /// <summary>How many instances do not report both parameters as finite numbers.</summary>
    public int Off { get; }

    /// <summary>True when there is at least one instance on the grid.</summary>
    public bool IsEmpty => Xs.Count == 0;

    /// <summary>The instances at column <paramref name="column"/> (x) and row <paramref name="row"/> (y).</summary>
    public IReadOnlyList<InstanceReport> Cell(int column, int row) => _cells[column, row];

    /// <summary>The instances of row <paramref name="row"/>, every column.</summary>
    public IEnumerable<InstanceReport> Row(int row) => Enumerable.Range(0, Xs.Count).SelectMany(column => _cells[column, row]);

    /// <summary>The sizes of the non-empty cells, smallest and largest.</summary>
    public (int Smallest, int Largest) CellSizes()
    {
        var sizes = Enumerable.Range(0, Xs.Count).SelectMany(c => Enumerable.Range(0, Ys.Count).Select(r => _cells[c, r].Count)).Where(n => n > 0).ToList();
        return sizes.Count == 0 ? (0, 0) : (sizes.Min(), sizes.Max());
    }

    public static PhaseGrid Of(TheoremReport theorem, string xAxis, string yAxis)
    {
        var placed = new List<(double X, double Y, InstanceReport Instance)>();
        int off = 0;
        foreach (var instance in theorem.Instances)
        {
            if (Value(instance, xAxis) is double x && Value(instance, yAxis) is double y)
            {
                placed.Add((x, y, instance));
            }
            else
            {
                off++;
            }
        }
        var xs = placed.Select(p => p.X).Distinct().Order().ToList();
        var ys = placed.Select(p => p.Y).Distinct().Order().ToList();
        var byCell = placed.ToLookup(p => (p.X, p.Y), p => p.Instance);
        var cells = new IReadOnlyList<InstanceReport>[xs.Count, ys.Count];
        for (int c = 0; c < xs.Count; c++)
        {
            for (int r = 0; r < ys.Count; r++)
            {
                cells[c, r] = [.. byCell[(xs[c], ys[r])].OrderBy(i => i.Index)];
            }
        }
        return new PhaseGrid(xAxis, yAxis, xs, ys, cells, off);
    }

    /// <summary>The finite number an instance reports for the parameter <paramref name="name"/>, or null.</summary>
    public static double? Value(InstanceReport instance, string name) =>
        instance.Parameters.FirstOrDefault(p => p.Name == name && p.Value is double v && double.IsFinite(v))?.Value;
}
