using System.Globalization;
using System.Text.RegularExpressions;
using NUnit.Framework;
using Verify.Core;

namespace Verify.Reports.Tests;

public sealed class SweepFiguresTests
{
    private static readonly double[] s_steps = [0, 1, 2, 3, 4];

    private static CheckReport Check(string id, double value, Figure? figure = null, Tier? tier = null) =>
        new(id, tier, $"statement of {id}", "Thm 1", Provenance.Verified, value, Relation.LessOrEqual, 1e9,
            Evidence.RelativeMargin(value, Relation.LessOrEqual, 1e9), Verdict.Pass, null, figure);

    /// <summary>Loss (log y, with an envelope) and distance (linear, with a bound) that depend on m and the index.</summary>
    private static InstanceReport Instance(string scenario, int m, int index, double? distanceValue = null)
    {
        double scale = 1 + 0.1 * index;
        double[] loss = [.. s_steps.Select(k => scale * Math.Pow(1 - 50.0 / (m + 100), k))];
        double[] distance = [.. s_steps.Select(k => scale * k / Math.Sqrt(m))];
        var lossFigure = new Figure("Loss", "step k", "loss", LogY: true,
            [Series.Of($"loss #{index}", s_steps, loss), Series.Of("envelope", s_steps, [.. s_steps.Select(k => 2 * scale)])]);
        var distanceFigure = new Figure("Distance", "step k", "distance", LogY: false,
            [Series.Of("distance", s_steps, distance), Series.Constant("R′", 3 * scale / Math.Sqrt(m), 0, 4)]);
        return new InstanceReport(scenario, index, (ulong)(m + index), true, Verdict.Pass,
            [Parameter.Number("n", 10), Parameter.Number("m", m)],
            [Check("width", m, tier: Tier.Asymptotic)],
            [Check("loss", loss[^1], lossFigure)],
            [Check("distance", distanceValue ?? distance[^1], distanceFigure) with
            {
                ValueName = "max distance",
                Scaling = new TheoryScaling("m", -0.5, "Corollary 4.1"),
            }, Check("no-value", double.NaN)],
            null);
    }

    private static string ScenarioId(int m) => "fig1-m" + m.ToString(CultureInfo.InvariantCulture);

    private static ScenarioSummary Scenario(string id, int instances) => new(id, id, instances, instances, instances, 0.5, 1, Verdict.Pass)
    {
        Sweep = new SweepDeclaration("fig1", "m") { Note = "Du et al. (2019), Fig. 1 at toy size." },
    };

    /// <summary>A sweep m = 100, 1000, 10000 listed out of order, the second instance first, two instances each.</summary>
    private static TheoremReport Swept()
    {
        int[] widths = [1000, 100, 10_000];
        var instances = widths.SelectMany(m => new[] { Instance(ScenarioId(m), m, 1), Instance(ScenarioId(m), m, 0) }).ToList();
        return new TheoremReport("toy", "Toy theorem", "cite", Verdict.Pass, [.. widths.Select(m => Scenario(ScenarioId(m), 2))], instances);
    }

    private static RunReport Report(TheoremReport theorem) => new(
        new EnvironmentInfo("managed", "1", null, 1, "none", "Linux", "cpu", ".NET", "abc", 1, DateTimeOffset.UnixEpoch, []),
        [theorem]);

    private static readonly string[] s_labels = ["m = 100", "m = 1000", "m = 10000"];

    [Test]
    public void Overlays_OneCurvePerParameterValueInOrder_FromTheFirstInstanceOfEachScenario()
    {
        var sweep = SweepFigures.Of(Swept()).Single();

        Assert.That(sweep.Title, Is.EqualTo("Sweep: fig1 by m"));
        Assert.That(sweep.Overlays.Select(o => o.Figure.Title), Is.EqualTo(new[] { "loss — by m", "distance — by m" }), "titled by the quantity, not by a source title that names reference lines");
        var loss = sweep.Overlays[0].Figure;
        Assert.That(loss.Series.Select(s => s.Name), Is.EqualTo(s_labels), "one curve per m, in increasing m, no reference line");
        Assert.That((loss.XLabel, loss.YLabel, loss.LogY), Is.EqualTo(("step k", "loss", true)));
        var expected = Instance("fig1-m1000", 1000, 0).Conclusions[0].Figure!.Series[0];
        Assert.That(loss.Series[1].X, Is.EqualTo(expected.X));
        Assert.That(loss.Series[1].Y, Is.EqualTo(expected.Y), "the lowest index's curve");
        var distance = sweep.Overlays[1].Figure;
        Assert.That(distance.Series.Select(s => s.Name), Is.EqualTo(s_labels));
        Assert.That(distance.LogY, Is.False);
        Assert.That(sweep.Overlays[0].Caption, Does.StartWith("loss: statement of loss").And.Contain("“loss #0”")
            .And.Contain("its reference lines (envelope), which differ per instance, are left out"));
    }

    /// <summary>
    /// m = 100: 1 of 2 converged; m = 1000, 10000: 2 of 2. "drift" is recorded only when converged (text otherwise);
    /// "never" is 0 everywhere; "steps" is declared but only tabulated.
    /// </summary>
    private static TheoremReport Measuring()
    {
        int[] widths = [100, 1000, 10_000];
        var instances = widths.SelectMany(m => new[] { 0, 1 }.Select(i =>
        {
            bool converged = !(m == 100 && i == 0);
            return Instance(ScenarioId(m), m, i) with
            {
                Parameters =
                [
                    Parameter.Number("m", m),
                    Parameter.Number("converged", converged ? 1 : 0),
                    converged ? Parameter.Number("drift", 0.1 * i + 1000.0 / m) : Parameter.TextOnly("drift", "not recorded: not converged"),
                    Parameter.Number("never", 0),
                    Parameter.Number("steps", 10 * m + i),
                    Parameter.Number("near", 500),
                    Parameter.TextOnly("slot", "statement not available"),
                ],
            };
        })).ToList();
        var scenarios = widths.Select(m => Scenario(ScenarioId(m), 2) with
        {
            Sweep = new SweepDeclaration("fig1", "m") { Markers = ["near"], Measured = ["converged", "drift", "never", "steps", "slot"], Drawn = ["converged", "drift", "never"], YesNo = ["converged", "never"] },
        }).ToList();
        return new TheoremReport("toy", "Toy theorem", "cite", Verdict.Pass, scenarios, instances);
    }

    [Test]
    public void Measurements_AYesNoIsAFractionWithItsClopperPearsonInterval_AnyOtherTheMedianOfThoseReporting()
    {
        var measurements = SweepFigures.Of(Measuring()).Single().Measurements;

        Assert.That(measurements.Columns.Select(c => (c.Name, c.YesNo)), Is.EqualTo(new[] { ("converged", true), ("drift", false), ("never", true), ("steps", false), ("slot", false) }));
        var converged = measurements.Columns[0].Cells;
        var (lower, upper) = ClopperPearson.Interval(1, 2);
        Assert.That(converged[0], Is.EqualTo(new SweepMeasurements.Cell(2, 2, 0.5, lower, upper)));
        Assert.That(converged[2].Value, Is.EqualTo(1));
        var drift = measurements.Columns[1].Cells;
        Assert.That((drift[0].Reported, drift[0].Instances, drift[0].Value), Is.EqualTo((1, 2, 0.1 + 10.0)), "the converged instance only");
        Assert.That(drift[1].Value, Is.EqualTo(Statistics.Median([1.0, 1.1])).Within(1e-15));
        Assert.That(SweepMeasurements.CellText(drift[0], false), Is.EqualTo("10.1 (1 of 2)"));
        Assert.That(SweepMeasurements.CellText(converged[0], true), Is.EqualTo($"1/2 {Html.Interval(lower, upper)}").And.EqualTo("1/2 [0.012, 0.988]"), "rounded outward");
        Assert.That(measurements.Columns[3].Cells.Select(c => c.Value), Is.EqualTo(new[] { 1000.5, 10_000.5, 100_000.5 }));
        Assert.That(SweepMeasurements.CellText(measurements.Columns[4].Cells[0], false), Is.EqualTo("statement not available"), "a slot no instance fills with a number shows its text");
        Assert.That(SweepMeasurements.CellText(drift[0] with { Reported = 0 }, false), Is.EqualTo("—"));
    }

    [Test]
    public void Measurements_DrawnOnesAreFigures_KeptWhenConstant_WithTheMarkers_AndTabulated()
    {
        var sweep = SweepFigures.Of(Measuring()).Single();
        var titles = sweep.Scalars.Select(f => f.Figure.Title).ToList();

        Assert.That(titles, Does.Contain("converged vs m").And.Contain("drift vs m").And.Contain("never vs m"), "a fraction of 0 everywhere is a result");
        Assert.That(titles, Does.Not.Contain("steps vs m"), "declared for the table only");
        var converged = sweep.Scalars.Single(f => f.Figure.Title == "converged vs m");
        Assert.That(converged.Figure.Series[0].Y, Is.EqualTo(new[] { 0.5, 1, 1 }));
        Assert.That(converged.Caption, Does.Contain("measured, no verdict").And.Contain("100: 1 of 2").And.Contain("Clopper–Pearson"));
        Assert.That(converged.Figure.Series.Select(s => s.Name), Has.Some.StartsWith("near = 500"), "the sweep's marker");
        var drift = sweep.Scalars.Single(f => f.Figure.Title == "drift vs m");
        Assert.That(drift.Figure.Series[0].Y[0], Is.EqualTo(10.1), "the median of the converged run at m = 100");
        Assert.That(drift.Caption, Does.Contain("100: 1 of 2"));
        var html = new System.Text.StringBuilder();
        sweep.Measurements.AppendTable(html);
        Assert.That(html.ToString(), Does.Contain("<th>converged<br>").And.Contain("10.1 (1 of 2)").And.Contain("no verdict rests on them"));
    }

    [Test]
    public void Scalars_AYesNoAsymptoticCheckIsNotAMeasurement()
    {
        // measurements are parameters declared by the sweep; a 0/1 check without a declared scaling is not drawn
        var theorem = Swept();
        var instances = theorem.Instances.Select(i => i with { Hypotheses = [Check("converged", 1, tier: Tier.Asymptotic)] }).ToList();

        var scalars = SweepFigures.Of(theorem with { Instances = instances }).Single().Scalars;

        Assert.That(scalars.Select(f => f.Figure.Title), Does.Not.Contain("converged vs m"));
    }

    [Test]
    public void Scalars_MarkDeclaredParametersAtTheirMedian_WithinTheGrid_AndNameTheOthers()
    {
        int[] widths = [1000, 100, 10_000];
        var instances = widths.SelectMany(m => new[] { 0, 1 }.Select(i => Instance(ScenarioId(m), m, i) with
        {
            Parameters = [Parameter.Number("n", 10), Parameter.Number("m", m), Parameter.Number("near", 500 + i), Parameter.Number("far", 1e20)],
        })).ToList();
        var scenarios = widths.Select(m => Scenario(ScenarioId(m), 2) with
        {
            Sweep = new SweepDeclaration("fig1", "m") { Markers = ["near", "far", "absent"] },
        }).ToList();

        var distance = SweepFigures.Of(new TheoremReport("toy", "Toy", "cite", Verdict.Pass, scenarios, instances)).Single().Scalars
            .Single(f => f.Figure.Title == "distance vs m");

        var marker = distance.Figure.Series.Single(s => s.Name.StartsWith("near", StringComparison.Ordinal));
        Assert.That(marker.X, Is.EqualTo(new[] { 500.5, 500.5 }), "the median over the sweep's instances");
        Assert.That(marker.Reference, Is.True);
        Assert.That(distance.Figure.Series.Select(s => s.Name), Has.None.StartsWith("far").And.None.StartsWith("absent"));
        Assert.That(distance.Caption, Does.Contain("Beyond the grid (100 to 10000), not drawn: far = 1e20"));
    }

    [Test]
    public void Scalars_PlotTheMedianValueOfEachConclusionAndInvariantAgainstTheParameter()
    {
        var sweep = SweepFigures.Of(Swept()).Single();

        Assert.That(sweep.Scalars.Select(s => s.Figure.Title), Is.EqualTo(new[] { "loss vs m", "distance vs m" }),
            "not the hypothesis 'width', not 'no-value' without a finite value");
        var distance = sweep.Scalars[1];
        Assert.That(distance.Figure.Series.Select(s => s.Name), Is.EqualTo(new[] { "median (fitted slope −0.50)", "bound (median)", "theory: slope −0.50" }));
        Assert.That(distance.Figure.YLabel, Is.EqualTo("max distance"), "the y axis names the quantity");
        Assert.That(sweep.Scalars[0].Figure.YLabel, Is.EqualTo("value of loss"), "unnamed: the check id");
        Assert.That(distance.Caption, Does.Contain("Theory: ∝ m^−0.50 (Corollary 4.1)").And.Not.Contain("far from the theory's"));
        Assert.That(distance.Figure.Series.Select(s => s.Reference), Is.EqualTo(new[] { false, true, true }), "bound and theory drawn dashed");
        Assert.That(distance.Figure.Series[1].Y, Is.All.EqualTo(1e9), "the bound, as a threshold");
        Assert.That(distance.Figure.Series[0].X, Is.EqualTo(new[] { 100.0, 1000, 10_000 }));
        double[] medians = [.. new[] { 100, 1000, 10_000 }.Select(m => 1.05 * 4 / Math.Sqrt(m))];
        Assert.That(distance.Figure.Series[0].Y, Is.EqualTo(medians).Within(1e-12));
        Assert.That(distance.Figure.LogY, Is.True);
        Assert.That(distance.XAxis, Is.EqualTo(new XAxisOptions(Log: true, Padded: true)));
        Assert.That(distance.Width, Is.EqualTo(SweepScalars.Width));
    }

    [Test]
    public void Scalars_SayWhenTheFittedSlopeIsFarFromTheTheorys()
    {
        var theorem = Swept();
        // a distance at its ceiling: the same in every instance except a 1 % drift, so the fitted slope is ≈ 0, not −½
        var instances = theorem.Instances.Select(i => Instance(i.Scenario, ScenarioWidth(i.Scenario), i.Index, distanceValue: 4 * (1 + 0.01 * ScenarioWidth(i.Scenario) / 10_000))).ToList();

        var distance = SweepFigures.Of(theorem with { Instances = instances }).Single().Scalars.Single(s => s.Figure.Title == "distance vs m");

        Assert.That(distance.Caption, Does.Contain("The fitted slope is far from the theory's"));
    }

    [Test]
    public void Scalars_LabelAReferenceSlopeAsReferenceNotTheory()
    {
        var theorem = Swept();
        var instances = theorem.Instances.Select(i => i with
        {
            Invariants = [.. i.Invariants.Select(c => c.Scaling is { } s ? c with { Scaling = s with { Reference = true } } : c)],
        }).ToList();

        var distance = SweepFigures.Of(theorem with { Instances = instances }).Single().Scalars.Single(s => s.Figure.Title == "distance vs m");

        Assert.That(distance.Figure.Series.Select(s => s.Name), Does.Contain("reference: slope −0.50").And.Not.Contain("theory: slope −0.50"));
        Assert.That(distance.Caption, Does.Contain("Reference (nothing claimed at it): ∝ m^−0.50 (Corollary 4.1)").And.Not.Contain("Theory:"));
    }

    private static int ScenarioWidth(string scenario) => int.Parse(scenario["fig1-m".Length..], System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public void Scalars_NeedAFiniteValueInEveryScenario_AndUseALinearAxisForNonPositiveValues()
    {
        var theorem = Swept();
        var instances = theorem.Instances
            .Select(i => i.Scenario == "fig1-m100" ? Instance(i.Scenario, 100, i.Index, distanceValue: i.Index == 0 ? double.NaN : 0) : i)
            .Select(i => i.Scenario == "fig1-m10000" ? i with { Conclusions = [Check("loss", double.PositiveInfinity)] } : i)
            .ToList();

        var scalars = SweepFigures.Of(theorem with { Instances = instances }).Single().Scalars;

        Assert.That(scalars.Select(s => s.Figure.Title), Is.EqualTo(new[] { "distance vs m" }), "loss has no finite value at m = 10000");
        Assert.That(scalars[0].Figure.LogY, Is.False, "a median is 0");
        Assert.That(scalars[0].XAxis.Log, Is.True);
    }

    [Test]
    public void Html_HasTheSweepSectionAfterTheTheoryTable_WithTheCurvesLabelledInOrder()
    {
        string html = HtmlReportWriter.Render(Report(Swept()));

        int theory = html.IndexOf("<table class=\"theory\">", StringComparison.Ordinal);
        int sweep = html.IndexOf("<h3 id=\"toy-sweep-fig1\">Sweep: fig1 by m</h3>", StringComparison.Ordinal);
        int instances = html.IndexOf("<h3>Instances</h3>", StringComparison.Ordinal);
        Assert.That(theory, Is.GreaterThan(0));
        Assert.That(sweep, Is.GreaterThan(theory));
        Assert.That(instances, Is.GreaterThan(sweep));
        string section = html[sweep..instances];
        Assert.That(section, Does.Contain("<p>Du et al. (2019), Fig. 1 at toy size.</p>"), "the sweep's note");
        Assert.That(Regex.Matches(section, "<figure><svg").Count, Is.EqualTo(4), "two overlays and two scalar figures");
        Assert.That(section, Does.Contain("<div class=\"figures compact\">"));
        string lossSvg = section[section.IndexOf("loss — by m", StringComparison.Ordinal)..section.IndexOf("</svg>", StringComparison.Ordinal)];
        var positions = s_labels.Select(label => Regex.Match(lossSvg, $">\\s*{label}\\s*<")).Select(m => m.Success ? m.Index : -1).ToList();
        Assert.That(positions, Has.All.GreaterThan(0), "legend entries");
        Assert.That(positions, Is.Ordered);
        Assert.That(Regex.IsMatch(section, ">\\s*(envelope|R′)\\s*<"), Is.False, "reference lines are not overlaid");
        string scalarSvg = section[section.IndexOf("distance vs m", StringComparison.Ordinal)..];
        Assert.That(scalarSvg, Does.Contain("10²").And.Contain("10³").And.Contain("10⁴"), "log m axis");
    }

    [Test]
    public void Html_WithoutASweep_HasNoSweepFigures()
    {
        var single = Swept() with
        {
            Scenarios = [Scenario("fig1-m100", 2)],
            Instances = [Instance("fig1-m100", 100, 0), Instance("fig1-m100", 100, 1)],
        };
        var undeclared = Swept() with { Scenarios = [.. Swept().Scenarios.Select(s => s with { Sweep = null })] };

        foreach (var theorem in new[] { single, undeclared })
        {
            Assert.That(SweepFigures.Of(theorem), Is.Empty);
            string html = HtmlReportWriter.Render(Report(theorem));
            Assert.That(html, Does.Not.Contain("Sweep:").And.Not.Contain("— by m").And.Not.Contain(" vs m"));
        }
    }

    [Test]
    public void Html_IsDeterministic()
    {
        string first = HtmlReportWriter.Render(Report(Swept()));
        _ = HtmlReportWriter.Render(SampleReports.Du2019());
        string second = HtmlReportWriter.Render(Report(Swept()));

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void FigureFiles_WriteTheSweepFiguresAsPngs()
    {
        string directory = Path.Combine(Path.GetTempPath(), $"verify-sweep-{Guid.NewGuid():N}");
        try
        {
            var written = FigureFiles.Write(Report(Swept()), directory).Select(Path.GetFileName).ToList();

            Assert.That(written.Take(4), Is.EqualTo(new[]
            {
                "toy_fig1_by_m_loss.png", "toy_fig1_by_m_distance.png", "toy_fig1_loss_vs_m.png", "toy_fig1_distance_vs_m.png",
            }));
            Assert.That(File.ReadAllBytes(Path.Combine(directory, "toy_fig1_by_m_loss.png"))[..8], Is.EqualTo(FigureRendererTests.PngMagic));
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }
}
