using Verify.Core;
using Verify.Training;

namespace Verify.Theorems.Common;

/// <summary>
/// A figure drawn at log-spaced steps only (step 0, 2^{j/8}, the last): for checks decided on every step of long runs
/// whose curves would otherwise put every step into report.json. The verdict is the check's, on every step; only the
/// drawing is thinned, and the figure's note says so.
/// </summary>
public static class FigureThinning
{
    /// <summary>The evidence with its figure thinned, when a series is longer than <paramref name="threshold"/> points.</summary>
    public static Evidence LogSpaced(Evidence evidence, int threshold = 512)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.Figure is not { } figure || figure.Series.All(s => s.X.Count <= threshold))
        {
            return evidence;
        }
        var thinned = figure.Series.Select(s => s.X.Count <= threshold ? s : Thin(s)).ToList();
        string note = "drawn at log-spaced steps (8 per octave); the check used every step";
        return evidence with { Figure = figure with { Series = thinned, Note = figure.Note is null ? note : $"{figure.Note}; {note}" } };
    }

    private static Series Thin(Series series)
    {
        var keep = StepSchedule.LogSpaced(series.X.Count - 1, 8);
        return series with { X = [.. keep.Select(i => series.X[i])], Y = [.. keep.Select(i => series.Y[i])] };
    }
}
