using Verify.Core;
using Verify.Numerics;

namespace Verify.Theorems.Common;

/// <summary>How the loss and its envelope are drawn.</summary>
public sealed record EnvelopePlot(string Title, string XLabel, string YLabel, string LossName, string EnvelopeName);

/// <summary>
/// The linear-rate conclusion of a convergence theorem: loss(k) ≤ ρᵏ·loss(0) at every step k, with a contraction factor
/// ρ ∈ (0, 1), checked in logarithms (long runs do not underflow) down to a floor: once the envelope falls below the
/// float64 resolution of the loss, the loss is only asked to stay below that floor (GD steps smaller than an ulp of the
/// weights no longer change the outputs). The check allows for its own rounding (ρ rounded, then k·log ρ and the
/// logarithms): a loss within that allowance of the envelope is neither a counterexample nor a pass (Inconclusive); at
/// the floor, where the envelope is the loss's own resolution, a loss up to the floor (within the allowance) holds.
/// </summary>
public static class LinearRateEnvelope
{
    /// <summary>log(r²) = 2·log r: the log floor of a squared norm whose float64 resolution is r (exact where r² would underflow).</summary>
    public static double LogFloorOfSquare(double resolution) => 2 * Math.Log(resolution);

    /// <summary>
    /// The evidence: value = max over k ≥ 1 of loss(k)/max(ρᵏ·loss(0), floor) (1 at k = 0 by definition; 1 when there is
    /// only step 0), which must be ≤ 1; the note names the worst step and ends with <paramref name="note"/>. The figure
    /// draws the losses and, unless ρ ≤ 0 or not finite (its <see cref="Figure.Note"/> then says why), the envelope ρᵏ·loss(0).
    /// Never a pass at the edges: ρ not finite, ρ ≤ 0 (e.g. a step size so large that 1 − ηλ/2 ≤ 0) or ρ ≥ 1 (the
    /// envelope does not contract: no linear rate is asserted), and an initial loss that is negative or not finite, are
    /// each Inconclusive with a message saying why (nothing was measured against a rate); a NaN loss fails at its step.
    /// </summary>
    /// <param name="losses">loss(k) for k = 0, 1, … (squared norms, ≥ 0).</param>
    /// <param name="contraction">ρ, the per-step factor of the theorem (e.g. 1 − ηλ₀/2).</param>
    /// <param name="logFloor">The natural logarithm of the floor (see <see cref="LogFloorOfSquare"/>).</param>
    /// <param name="plot">Names of the figure and its two curves.</param>
    /// <param name="note">Appended to the note (e.g. how the run ended).</param>
    public static Evidence Check(IReadOnlyList<double> losses, double contraction, double logFloor, EnvelopePlot plot, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(losses);
        ArgumentNullException.ThrowIfNull(plot);
        var steps = SeriesChecks.EveryStep(losses.Count);
        double initialLoss = losses.Count > 0 ? losses[0] : double.NaN;
        bool drawEnvelope = double.IsFinite(contraction) && contraction > 0;
        var series = new List<Series> { Series.Of(plot.LossName, steps, losses) };
        if (drawEnvelope)
        {
            series.Add(Series.Of(plot.EnvelopeName, steps, steps.Select(k => initialLoss * Math.Pow(contraction, k)).ToList()) with { Reference = true });
        }
        var figure = new Figure(plot.Title, plot.XLabel, plot.YLabel, LogY: true, series) { Note = drawEnvelope ? null : NoEnvelopeNote(plot, contraction) };

        string? edge = Edge(losses, contraction, initialLoss);
        if (edge is not null)
        {
            // Nothing about the trajectory was measured: the conclusion is undecided, not failed (an in-scope instance has
            // 0 < ρ < 1 and a finite loss(0) by its premises, so this never hides a counterexample).
            return new Evidence(double.NaN, Relation.LessOrEqual, 1.0, double.NaN, Verdict.Inconclusive, NoteText.Join(edge, note), figure);
        }

        // An initial loss of 0 has log −∞: the envelope is then the floor alone, and |log loss(0)| must not enter the
        // allowance (it would make it infinite and let any loss pass).
        double logInitialMagnitude = initialLoss > 0 ? Math.Abs(Math.Log(initialLoss)) : 0;
        double worstLogRatio = losses.Count > 1 ? double.NegativeInfinity : 0;
        int worstStep = 0;
        bool exceeds = false;
        int? undecided = null;
        int? firstNaN = null;
        for (int k = 1; k < losses.Count; k++)
        {
            double logEnvelope = Math.Max(Math.Log(initialLoss) + k * Math.Log(contraction), logFloor);
            double logRatio = losses[k] == 0 ? double.NegativeInfinity : Math.Log(losses[k]) - logEnvelope;
            double allowance = 4 * Spectral.MachineEpsilon * (logInitialMagnitude + k * (Math.Abs(Math.Log(contraction)) + 1 / contraction) + Math.Abs(Math.Log(losses[k])));
            exceeds |= !(logRatio <= allowance);
            if (logRatio > -allowance && logRatio <= allowance && logEnvelope > logFloor)
            {
                // within the check's own rounding of the envelope: the exact loss may lie on either side of it
                undecided ??= k;
            }
            if (double.IsNaN(logRatio))
            {
                firstNaN ??= k;
            }
            else if (logRatio > worstLogRatio || (k == 1 && logRatio == worstLogRatio))
            {
                worstStep = k;
            }
            worstLogRatio = double.IsNaN(logRatio) ? double.NaN : Math.Max(worstLogRatio, logRatio);
        }
        string where = firstNaN is int nanAt ? $"loss {losses[nanAt].ToString(System.Globalization.CultureInfo.InvariantCulture)} at step {nanAt}"
            : losses.Count > 1 ? $"worst at step {worstStep}" : "only step 0 recorded";
        string text = $"value = max over k ≥ 1 of loss / max(envelope, {NumberFormat.Text(Math.Exp(logFloor))}) (the float64 resolution of the loss); {where}";
        if (!exceeds && undecided is int at)
        {
            text += $"; undecided: at step {at} the loss is within the rounding allowance of the envelope";
        }
        var verdict = exceeds ? Verdict.Fail : undecided is null ? Verdict.Pass : Verdict.Inconclusive;
        return Evidence.Decided(Math.Exp(worstLogRatio), Relation.LessOrEqual, 1.0, verdict, NoteText.Join(text, note), figure);
    }

    /// <summary>Why the figure has no envelope: ρ ≤ 0 or not finite.</summary>
    private static string NoEnvelopeNote(EnvelopePlot plot, double contraction) =>
        $"The envelope {plot.EnvelopeName} is not drawn: its factor ρ = {NumberFormat.Text(contraction)} "
        + (double.IsFinite(contraction) ? "≤ 0, so ρᵏ is no rate (the step size is too large for the theorem's factor)." : "is not finite.");

    private static string? Edge(IReadOnlyList<double> losses, double contraction, double initialLoss)
    {
        string rho = NumberFormat.Text(contraction, 17);
        if (losses.Count == 0)
        {
            return "no losses recorded: nothing was checked";
        }
        if (!double.IsFinite(contraction))
        {
            return $"the contraction factor ρ is {rho}: no envelope";
        }
        if (contraction <= 0)
        {
            return $"the contraction factor ρ = {rho} ≤ 0: ρᵏ is not a rate (the step size is too large for the theorem's factor); no envelope is drawn";
        }
        if (contraction >= 1)
        {
            return $"the contraction factor ρ = {rho} ≥ 1: the envelope does not contract, so no linear rate is asserted";
        }
        if (!double.IsFinite(initialLoss) || initialLoss < 0)
        {
            return $"the initial loss is {NumberFormat.Text(initialLoss)}: the envelope ρᵏ·loss(0) is not defined";
        }
        return null;
    }
}
