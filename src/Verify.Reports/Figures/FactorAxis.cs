using ScottPlot;
using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// The axis of <see cref="MarginChart"/>: t = log10(factor) (see <see cref="FactorOff"/>), with factor 1 at 0,
/// holding to the right and failing to the left. Each side is ticked on its own: at ×2, ×5, ×10 when it spans at most a
/// decade, else at whole decades ("×10³", "×10²³"), every few decades — the side says holds or fails (the axis title
/// says which is which; words on every tick collided in a narrow panel); then ticks closer than a fifth of
/// the span to one nearer 0 are dropped, so that the long labels never collide.
/// </summary>
internal static class FactorAxis
{
    private const int TicksPerSide = 4;

    /// <summary>The smallest distance between two ticks, as a fraction of the span of the data.</summary>
    private const double Spacing = 0.2;

    /// <summary>Ticks over [<paramref name="low"/>, <paramref name="high"/>] in decades (log10 of the factor).</summary>
    public static IReadOnlyList<Tick> Ticks(double low, double high)
    {
        var candidates = Side(-low).Select(t => Tick.Major(-t.Position, t.Label)).Concat(Side(high));
        var kept = new List<Tick> { Tick.Major(0, "×1") };
        double spacing = Spacing * (high - low);
        foreach (var tick in candidates.OrderBy(t => Math.Abs(t.Position)))
        {
            if (kept.All(k => Math.Abs(k.Position - tick.Position) >= spacing))
            {
                kept.Add(tick);
            }
        }
        return [.. kept.OrderBy(t => t.Position)];
    }
    /// <summary>The ticks at positive positions up to <paramref name="extent"/> decades, labelled "×…".</summary>
    private static IEnumerable<Tick> Side(double extent)
    {
        const double slack = 1e-9;
        if (extent <= 1 + slack)
        {
            return ((double[])[2, 5, 10])
                .Where(f => Math.Log10(f) <= extent + slack)
                .Select(f => Tick.Major(Math.Log10(f), $"×{NumberFormat.Text(f, 3)}"));
        }
        int decades = (int)Math.Floor(extent + slack);
        int step = (decades + TicksPerSide - 1) / TicksPerSide;
        return Enumerable.Range(1, decades / step).Select(i => Tick.Major(i * step, $"×{PowerOfTen(i * step)}"));
    }

    private static string PowerOfTen(int decade) => decade == 1 ? "10" : NumberText.PowerOfTen(decade);
}
