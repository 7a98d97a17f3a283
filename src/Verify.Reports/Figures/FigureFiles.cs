using System.Globalization;
using System.Text;
using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// Writes every figure of a run as a PNG into a folder: one per check figure, named
/// theorem_scenario_index_check.png, one margin chart per instance, theorem_scenario_index_margins.png, and
/// the figures of each sweep (<see cref="SweepFigures"/>), theorem_group_by_parameter_check.png and
/// theorem_group_check_vs_parameter.png, and for a sweep report the phase diagrams (<see cref="PhaseDiagram"/>),
/// theorem_phase_x_y_in_scope.png and so on (names reduced to letters, digits, '.', '-' and '_').
/// </summary>
public static class FigureFiles
{
    public const string FolderName = "figures";

    /// <summary>Writes the PNGs under <paramref name="directory"/> and returns their full paths in report order.</summary>
    public static IReadOnlyList<string> Write(RunReport report, string directory)
    {
        var written = new List<string>();
        Write(report, directory, written.Add, CancellationToken.None);
        return written;
    }

    /// <summary>
    /// Writes the PNGs, passing each full path to <paramref name="written"/> as soon as the file is in place, and
    /// checks <paramref name="cancellation"/> before each one; with <paramref name="phases"/>, also each theorem's phase diagrams.
    /// </summary>
    internal static void Write(RunReport report, string directory, Action<string> written, CancellationToken cancellation, PhasePlan? phases = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var theorem in report.Theorems)
        {
            foreach (var figure in SweepFigures.Of(theorem).SelectMany(sweep => sweep.Overlays.Concat(sweep.Scalars)))
            {
                cancellation.ThrowIfCancellationRequested();
                written(figure.ToPng(Path.Combine(directory, UniqueName(used, $"{theorem.Id}_{figure.FileStem}"))));
            }
            var phaseFigures = phases is null ? [] : PhaseDiagram.For(theorem, phases.XAxis, phases.YAxis, phases.LossRatio);
            foreach (var figure in phaseFigures)
            {
                cancellation.ThrowIfCancellationRequested();
                written(figure.ToPng(Path.Combine(directory, UniqueName(used, $"{theorem.Id}_{figure.FileStem}"))));
            }
            foreach (var instance in theorem.Instances)
            {
                cancellation.ThrowIfCancellationRequested();
                string stem = $"{theorem.Id}_{instance.Scenario}_{instance.Index.ToString(CultureInfo.InvariantCulture)}";
                string? margins = MarginChart.ToPng(instance, Path.Combine(directory, UniqueName(used, $"{stem}_margins")));
                if (margins is not null)
                {
                    written(margins);
                }
                foreach (var (check, _) in InstanceSection.ChecksOf(instance).Where(c => c.Check.Figure is not null))
                {
                    cancellation.ThrowIfCancellationRequested();
                    written(FigureRenderer.ToPng(check.Figure!, Path.Combine(directory, UniqueName(used, $"{stem}_{check.Id}"))));
                }
            }
        }
    }

    /// <summary>A file name made of safe characters only, e.g. "du2019_in scope_0_λ-min" → "du2019_in_scope_0_-min".</summary>
    internal static string Sanitize(string name)
    {
        var safe = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }
        string text = safe.ToString().Trim('.');
        return text.Length == 0 ? "figure" : text;
    }

    private static string UniqueName(HashSet<string> used, string stem)
    {
        string name = Sanitize(stem);
        string candidate = name + ".png";
        for (int k = 2; !used.Add(candidate); k++)
        {
            candidate = $"{name}_{k.ToString(CultureInfo.InvariantCulture)}.png";
        }
        return candidate;
    }
}
