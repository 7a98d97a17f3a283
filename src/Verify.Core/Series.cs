namespace Verify.Core;

/// <summary>A named curve to plot with a check, e.g. the loss per step or λ_min(H(k)) on a log-spaced schedule.</summary>
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
}
