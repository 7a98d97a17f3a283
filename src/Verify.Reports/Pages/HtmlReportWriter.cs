using System.Globalization;
using System.Text;
using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// Renders a <see cref="RunReport"/> as one self-contained HTML page: inline CSS, no script, no network.
/// Counterexamples (Fail) are listed first; per theorem, the theory-vs-practice table, the figures of each
/// parameter sweep (<see cref="SweepSection"/>), then the instances.
/// </summary>
public static class HtmlReportWriter
{
    public static string Render(RunReport report) => Render(report, phases: null);

    /// <summary>
    /// The page, and for a sweep (<paramref name="phases"/> not null) also the table of required vs observed x across
    /// theorems (<see cref="GapTable"/>) after the summary and each theorem's phase diagrams (<see cref="PhaseSection"/>)
    /// after its sweep figures.
    /// </summary>
    public static string Render(RunReport report, PhasePlan? phases)
    {
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.AppendLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.AppendLine($"<title>Verify: {Html.Escape(RunSummary.Text(report))}</title>");
        html.AppendLine($"<style>{Styles.Css}</style></head><body>");
        html.AppendLine($"<h1>Verify: {Html.Escape(RunSummary.Text(report))}</h1>");
        AppendEnvironment(html, report.Environment, report.Invocation);
        AppendSummary(html, report);
        SetupSections.AppendSkipped(html, report);
        SetupSections.AppendTraining(html, report);
        AppendCounterexamples(html, report);
        if (phases is not null)
        {
            GapTable.Append(html, report, phases);
        }
        foreach (var theorem in report.Theorems)
        {
            AppendTheorem(html, theorem, phases);
        }
        html.AppendLine("</body></html>");
        return html.ToString();
    }

    private static void AppendEnvironment(StringBuilder html, EnvironmentInfo environment, Invocation? invocation)
    {
        foreach (string warning in environment.Warnings)
        {
            html.AppendLine($"<p class=\"warning\">⚠ {Html.Escape(warning)}</p>");
        }
        html.AppendLine("<table class=\"environment\">");
        if (invocation is not null)
        {
            Row(html, "Command", invocation.CommandLine);
        }
        Row(html, "Backend", $"{BackendText(environment)} ({environment.Jobs} instance(s) at once, {environment.BackendThreads} thread(s) each)");
        Row(html, "Backend library", environment.BackendLibrary ?? "managed code");
        Row(html, "Z3", environment.Z3Version);
        Row(html, "Master seed", environment.MasterSeed.ToString(CultureInfo.InvariantCulture));
        Row(html, "Verify", $"{environment.ToolVersion}, commit {environment.GitCommit}");
        Row(html, "Machine", $"{environment.Cpu} · {environment.OperatingSystem} · {environment.Runtime}");
        Row(html, "Time", environment.Timestamp.ToString("u", CultureInfo.InvariantCulture));
        html.AppendLine("</table>");
    }

    private static void AppendSummary(StringBuilder html, RunReport report)
    {
        html.AppendLine("<h2>Summary</h2>");
        if (report.Theorems.Count == 0)
        {
            html.AppendLine("<p>No theorem was run: the catalog is empty.</p>");
            return;
        }
        html.AppendLine("<ul class=\"answers\">");
        foreach (var theorem in report.Theorems)
        {
            html.AppendLine($"<li><a href=\"#{Html.Escape(theorem.Id)}\">{Html.Escape(theorem.Id)}</a> — {Html.Escape(PlainAnswer.Of(theorem))}</li>");
        }
        html.AppendLine("</ul>");
        html.AppendLine("<table><tr><th>Theorem</th><th>Scenario</th><th>Instances</th><th>In scope</th><th>95% interval of P(in scope)</th><th>Verdict</th></tr>");
        foreach (var theorem in report.Theorems)
        {
            foreach (var scenario in theorem.Scenarios)
            {
                html.Append($"<tr><td><a href=\"#{Html.Escape(theorem.Id)}\">{Html.Escape(theorem.Id)}</a></td><td>{Html.Escape(scenario.Id)}</td>");
                html.Append($"<td>{scenario.Instances}</td><td>{scenario.InScope}</td>");
                html.Append($"<td>{Html.Interval(scenario.InScopeLower, scenario.InScopeUpper)}</td>");
                html.AppendLine($"<td>{Badge(scenario.Verdict)}</td></tr>");
            }
        }
        html.AppendLine("</table>");
        html.AppendLine("<p class=\"note\">An instance is <em>in scope</em> when every Data and Instance hypothesis holds on it: the " +
            "proof then guarantees its conclusions, so a violated conclusion is a counterexample (fail). Beyond scope, the " +
            "conclusions are only observed — the gap between theory and practice, never a failure. Asymptotic hypotheses " +
            "(the paper's headline width and step-size bounds) are reported but do not decide scope. The interval is the exact " +
            "(Clopper–Pearson) 95% interval for the probability that a draw is in scope, which the theorem promises to be ≥ 1 − δ " +
            "once its asymptotic bounds hold.</p>");
    }

    private static void AppendCounterexamples(StringBuilder html, RunReport report)
    {
        var failures = report.Theorems.SelectMany(t => t.Instances.Where(i => i.Verdict == Verdict.Fail).Select(i => (t.Id, i))).ToList();
        if (failures.Count == 0)
        {
            return;
        }
        html.AppendLine("<h2 class=\"fail\">Counterexamples</h2><ul>");
        foreach (var (theoremId, instance) in failures)
        {
            var violated = instance.Conclusions.Concat(instance.Invariants).Where(c => c.Verdict == Verdict.Fail).Select(c => c.Id);
            html.AppendLine($"<li>{Html.Escape(theoremId)}/{Html.Escape(instance.Scenario)} instance {instance.Index}, seed {instance.Seed}: {Html.Escape(string.Join(", ", violated))} violated in scope</li>");
        }
        html.AppendLine("</ul>");
    }

    private static void AppendTheorem(StringBuilder html, TheoremReport theorem, PhasePlan? phases)
    {
        html.AppendLine($"<h2 id=\"{Html.Escape(theorem.Id)}\">{Html.Escape(theorem.Title)} {Badge(theorem.Verdict)} <span class=\"sub\">{RunSummary.InScope(theorem)}</span></h2>");
        html.AppendLine($"<p class=\"citation\">{Html.Escape(theorem.Citation)}</p>");
        FidelitySection.Append(html, theorem);
        SetupSections.AppendRecommendations(html, theorem);
        TheoryVsPractice.Append(html, theorem);
        SweepSection.Append(html, theorem);
        if (phases is not null)
        {
            PhaseSection.Append(html, theorem, phases);
        }
        if (theorem.Instances.Count > 0)
        {
            html.AppendLine("<h3>Instances</h3>");
        }
        var firstOfScenario = theorem.Instances
            .GroupBy(i => i.Scenario, StringComparer.Ordinal)
            .Select(g => g.MinBy(i => i.Index)!)
            .ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var instance in theorem.Instances.OrderBy(i => i.Verdict == Verdict.Fail ? 0 : 1))
        {
            InstanceSection.Append(html, instance, open: instance.Verdict == Verdict.Fail || firstOfScenario.Contains(instance));
        }
    }

    private static string Badge(Verdict verdict) => Verdicts.Badge(verdict);

    /// <summary>"OpenBLAS 0.3.21 …": the name once, also when the library's version string already starts with it.</summary>
    internal static string BackendText(EnvironmentInfo environment) =>
        environment.BackendVersion.StartsWith(environment.Backend, StringComparison.OrdinalIgnoreCase)
            ? environment.BackendVersion
            : $"{environment.Backend} {environment.BackendVersion}";

    private static void Row(StringBuilder html, string name, string value) =>
        html.AppendLine($"<tr><th>{Html.Escape(name)}</th><td>{Html.Escape(value)}</td></tr>");
}
