using System.Globalization;
using System.Text;
using Verify.Core;

namespace Verify.Reports;

/// <summary>The parts of a report that only `verify check` fills: skipped theorems, the training observed, and what to change.</summary>
internal static class SetupSections
{
    public static void AppendSkipped(StringBuilder html, RunReport report)
    {
        if (report.Skipped.Count == 0)
        {
            return;
        }
        html.AppendLine("<h2>Theorems not checked</h2><table><tr><th>Theorem</th><th>Why</th></tr>");
        foreach (var skipped in report.Skipped)
        {
            html.AppendLine($"<tr><td>{Html.Escape(skipped.Id)}<br><span class=\"citation\">{Html.Escape(skipped.Title)}</span></td><td>{Html.Escape(skipped.Reason)}</td></tr>");
        }
        html.AppendLine("</table>");
    }

    public static void AppendRecommendations(StringBuilder html, TheoremReport theorem)
    {
        if (theorem.Recommendations.Count == 0)
        {
            return;
        }
        html.AppendLine("<h3>What to change</h3><table><tr><th>For</th><th>What</th><th>Value</th><th>How it was established</th></tr>");
        foreach (var recommendation in theorem.Recommendations)
        {
            string value = recommendation.Value is double v ? NumberFormat.Text(v) : "none";
            string holds = recommendation.AlreadyHolds ? " <span class=\"holds\">(already holds)</span>" : "";
            html.AppendLine($"<tr><td>{Html.Escape(recommendation.Id)}{holds}</td><td>{Html.Escape(recommendation.Statement)}</td>" +
                $"<td class=\"num\">{value}</td><td>{Html.Escape(recommendation.Note)}</td></tr>");
        }
        html.AppendLine("</table>");
    }

    /// <summary>The training observed on a setup that no theorem which trains covers: its loss, and each layer's movement.</summary>
    public static void AppendTraining(StringBuilder html, RunReport report)
    {
        if (report.Training is not { } training)
        {
            return;
        }
        string ending = training.DivergedAtStep is int k ? $"diverged at step {k}" : "every step completed";
        html.AppendLine("<h2>Training observed</h2>");
        html.AppendLine($"<p>No theorem that trains covers this setup, so this is what gradient descent did, with no theorem to compare it to: " +
            $"{Html.Escape(training.Network)}; {Html.Escape(training.Training)}; {Html.Escape(ending)}. " +
            $"Φ = ½‖F_L − Y‖²_F went from {NumberFormat.Text(training.InitialLoss)} to {NumberFormat.Text(training.FinalLoss)}.</p>");
        string at = training.LayersAtStep is int step ? step.ToString(CultureInfo.InvariantCulture) : "k";
        html.AppendLine($"<p>Each layer at step k = {at}{(training.DivergedAtStep is not null ? ", the last scheduled step before the divergence" : "")}:</p>");
        html.AppendLine("<table><tr><th>Layer</th><th>Width n_l</th><th>Step size</th><th>‖W_l(0)‖_F</th><th>‖W_l(k) − W_l(0)‖_F</th>" +
            "<th>‖W_l(k) − W_l(0)‖₂</th><th>‖∂Φ/∂W_l(k)‖_F</th><th>σ_min(F_l(k))</th></tr>");
        foreach (var layer in training.Layers)
        {
            html.AppendLine($"<tr><td>{layer.Layer}</td><td class=\"num\">{layer.Width}</td><td class=\"num\">{NumberFormat.Text(layer.StepSize)}</td>" +
                $"<td class=\"num\">{NumberFormat.Text(layer.InitialNorm)}</td><td class=\"num\">{NumberFormat.Text(layer.DistanceFrobenius)}</td>" +
                $"<td class=\"num\">{NumberFormat.Text(layer.DistanceSpectral)}</td><td class=\"num\">{NumberFormat.Text(layer.GradientNorm)}</td>" +
                $"<td class=\"num\">{NumberFormat.Text(layer.SmallestFeatureSingularValue)}</td></tr>");
        }
        html.AppendLine("</table>");
        foreach (var figure in training.Figures)
        {
            FigureHtml.Append(html, "", () => FigureRenderer.ToSvg(figure), figure.Title);
        }
    }
}
