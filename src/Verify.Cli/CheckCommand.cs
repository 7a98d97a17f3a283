using System.CommandLine;
using System.Globalization;
using Verify.Core;
using Verify.Numerics;
using Verify.Reports;
using Verify.Setup;
using Verify.Theorems.Common;
using Verify.Theorems;

namespace Verify.Cli;

/// <summary>
/// `verify check &lt;setup.json&gt;`: a user's own data, width, initialisation and step size against every
/// theorem whose model matches. Everything is validated before any work; bad input is exit 2 with every
/// problem listed and no report written.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error, Func<TheoremServices, IReadOnlyList<ITheorem>> catalog, CancellationToken cancellation)
    {
        var setupPath = new Argument<string>("setup") { Description = "The setup file (JSON; see README.md, \"Checking your own setup\")." };
        var outputDirectory = new Option<string?>("--out") { Description = "Directory for index.html and report.json (default: reports/check-<name>)." };
        var maxWidth = new Option<long?>("--max-width")
        {
            Description = "The largest width the Instance-tier width search tries (default: the module's memory cap). Beyond it the width is extrapolated.",
        };
        maxWidth.Validators.Add(result =>
        {
            if (result.GetValue(maxWidth) is long m && m < 1)
            {
                result.AddError($"--max-width expects a positive integer, got {m}.");
            }
        });
        var command = new Command("check", "Check your own setup (data, width, initialisation, step size) against every matching theorem.")
        {
            setupPath, outputDirectory, maxWidth,
        };
        command.SetAction(parsed => Execute(
            parsed.GetValue(setupPath)!, parsed.GetValue(outputDirectory), parsed.GetValue(maxWidth), [.. parsed.Tokens.Select(t => t.Value)], output, error, catalog, cancellation));
        return command;
    }

    private static int Execute(
        string path, string? outputDirectory, long? maxWidth, IReadOnlyList<string> arguments, TextWriter output, TextWriter error, Func<TheoremServices, IReadOnlyList<ITheorem>> catalog, CancellationToken cancellation)
    {
        var backend = RunEnvironment.LoadBackend(BackendChoice.Auto);
        var theorems = catalog(new TheoremServices(backend));
        UserSetup setup;
        try
        {
            setup = SetupLoader.Load(path, theorems.Select(t => t.Info.Id).ToList());
        }
        catch (SetupException e)
        {
            foreach (var problem in e.Problems)
            {
                error.WriteLine($"verify: {problem}");
            }
            error.WriteLine($"verify: {e.Problems.Count} problem(s) in the setup; nothing was run.");
            return ExitCodes.Usage;
        }

        var (runnable, skipped) = SetupRunner.Select(theorems, setup);
        if (setup.Theorems is { } named && runnable.Count == 0)
        {
            // An explicit request no named theorem can honour is bad input (README, "Checking your own setup").
            foreach (var theorem in skipped)
            {
                int index = named.ToList().IndexOf(theorem.Id);
                error.WriteLine($"verify: {new SetupProblem(path, $"$.theorems[{index}]", $"theorem '{theorem.Id}' does not cover this setup: {theorem.Reason}")}");
            }
            error.WriteLine("verify: none of the theorems the setup names covers it; nothing was run. " +
                "Name another theorem, or leave out \"theorems\" to train the setup anyway and report the training observed.");
            return ExitCodes.Usage;
        }

        string directory = outputDirectory ?? Path.Combine("reports", $"check-{Sanitize(setup.Name)}");
        ReportFolder.EnsureWritable(directory);

        ulong seed = SetupRunner.Seed(setup);
        var options = new RunOptions(seed) { MaxSearchWidth = maxWidth };

        var environment = RunEnvironment.Describe(backend, BackendChoice.Auto, seed);
        RunEnvironment.WriteWarnings(environment, error);
        output.WriteLine($"verify check {setup.Name}: backend {backend.Description.Name}; {runnable.Count} theorem(s) match, {skipped.Count} skipped");
        bool observe = !runnable.Any(r => r.Checkable.TrainsNetwork);
        ObservedTraining? observed = null;
        var results = ProgressDisplay.Run(output, (progress, log) =>
        {
            var reports = runnable.Select(pair =>
            {
                log($"{pair.Theorem.Info.Id}: checking…");
                var context = new InstanceContext(seed, 0, options, cancellation, progress);
                return SetupRunner.Run(pair.Theorem, pair.Checkable, setup, context);
            }).ToList();
            if (observe)
            {
                log("no theorem that trains covers this setup: training it to report what gradient descent does…");
                observed = ObservedTrainingRun.Run(backend, setup, new InstanceContext(seed, 0, options, cancellation, progress));
            }
            return reports;
        });

        var report = new RunReport(environment, results)
        {
            Invocation = Invocation.Of(arguments, options, BackendChoice.Auto.ToName(), directory), Skipped = skipped, Training = observed,
        };
        string htmlPath = ReportFolder.Write(report, directory, cancellation);
        Summarize(output, report);
        output.WriteLine($"report: {htmlPath}");
        return RunEnvironment.Conclude(report, error);
    }

    private static void Summarize(TextWriter output, RunReport report)
    {
        foreach (var theorem in report.Theorems)
        {
            var instance = theorem.Instances.Single();
            string scope = instance.InScope switch { true => "in scope", false => "beyond scope", null => "scope undecided" };
            // "BeyondScope (beyond scope)" would say it twice.
            output.WriteLine(theorem.Verdict == Verdict.BeyondScope ? $"{theorem.Id}: {theorem.Verdict}" : $"{theorem.Id}: {theorem.Verdict} ({scope})");
            output.WriteLine($"  {PlainAnswer.Of(theorem)}");
            foreach (var hypothesis in instance.Hypotheses.Where(h => h.Verdict != Verdict.Pass))
            {
                output.WriteLine($"  {hypothesis.Verdict,-12} [{hypothesis.Tier}] {hypothesis.Id}: {hypothesis.Note}");
            }
            foreach (var recommendation in theorem.Recommendations)
            {
                output.WriteLine($"  {(recommendation.AlreadyHolds ? "holds" : "change")}: {recommendation.Statement}: {Describe(recommendation)}");
            }
        }
        foreach (var skipped in report.Skipped)
        {
            output.WriteLine($"{skipped.Id}: skipped: {skipped.Reason}");
        }
        if (report.Training is { } training)
        {
            string ending = training.DivergedAtStep is int k ? $"diverged at step {k}" : $"{training.CompletedSteps} steps";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"training observed (no theorem that trains covers this setup): Φ = ½‖F_L − Y‖²_F from {NumberFormat.Text(training.InitialLoss, 4)} to {NumberFormat.Text(training.FinalLoss, 4)}, {ending}"));
        }
    }

    /// <summary>"2.5E+06 (note)", or the note alone when no value fixes it (it says why: no "none (none: …").</summary>
    private static string Describe(Recommendation recommendation) => recommendation.Value switch
    {
        double v when string.IsNullOrWhiteSpace(recommendation.Note) => NumberFormat.Text(v),
        double v => $"{NumberFormat.Text(v)} ({recommendation.Note})",
        null when string.IsNullOrWhiteSpace(recommendation.Note) => "none",
        null => recommendation.Note,
    };

    private static string Sanitize(string name) =>
        new(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray());
}
