namespace Verify.Core;

/// <summary>A named curve, e.g. the loss per step or λ_min(H(k)) on a log-spaced schedule of steps.</summary>
public sealed record Series(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y)
{
    public static Series Of(string name, IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count != y.Count)
        {
            throw new ArgumentException($"series '{name}': {x.Count} x values but {y.Count} y values");
        }
        return new Series(name, x, y);
    }

    /// <summary>
    /// A curve to compare with, not a measurement (a bound, a model's prediction): drawn dashed so that a measured curve
    /// under it stays visible. Constant series are always drawn so.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool Reference { get; init; }

    /// <summary>A horizontal reference line (a bound such as λ₀/2 or R′) over the x range [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public static Series Constant(string name, double value, double from, double to) => new(name, [from, to], [value, value]);
}

/// <summary>
/// A figure attached to a check: curves sharing axes. <see cref="LogY"/> asks for a logarithmic y axis
/// (non-positive values are then left out of the plot); a renderer may also choose one when the values span decades.
/// </summary>
public sealed record Figure(string Title, string XLabel, string YLabel, bool LogY, IReadOnlyList<Series> Series)
{
    /// <summary>Said under the figure: what it leaves out and why (e.g. an envelope that is not drawn), or null.</summary>
    public string? Note { get; init; }
}
