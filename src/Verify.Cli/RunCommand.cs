using System.CommandLine;
using Verify.Core;
using Verify.Numerics;
using Verify.Reports;
using Verify.Setup;
using Verify.Theorems;

namespace Verify.Cli;

/// <summary>`verify run &lt;id&gt;|all`: runs theorems from the catalog and writes index.html and report.json.</summary>
internal static class RunCommand
{
    public static Command Create(TextWriter output, TextWriter error, Func<TheoremServices, IReadOnlyList<ITheorem>> catalog, CancellationToken cancellation)
    {
        var id = new Argument<string>("id") { Description = "A theorem id (see 'verify list'), or 'all'." };
        var quick = new Option<bool>("--quick") { Description = "Smaller configurations (e.g. the paper's experiment at a reduced size)." };
        var scenario = new Option<string?>("--scenario") { Description = "Run only this scenario (see 'verify list --scenarios'), or every scenario of this sweep family." };
        var seed = new Option<ulong>("--seed")
        {
            Description = "The master seed.",
            DefaultValueFactory = _ => RunOptions.DefaultMasterSeed,
            CustomParser = r => IntegerOption.Parse(r, "--seed", 0UL, "a non-negative integer"),
        };
        var instances = new Option<int?>("--instances")
        {
            Description = "Instances per scenario (default: each scenario's own).",
            CustomParser = r => IntegerOption.Parse(r, "--instances", 1, "an integer ≥ 1"),
        };
        var instance = new Option<int?>("--instance")
        {
            Description = "Replay only this instance index of every scenario.",
            CustomParser = r => IntegerOption.Parse(r, "--instance", 0, "a non-negative instance index"),
        };
        var jobs = new Option<int?>("--jobs")
        {
            Description = "Instances run at once (default: the number of cores), each with cores/jobs BLAS threads unless OPENBLAS_NUM_THREADS, MKL_NUM_THREADS or OMP_NUM_THREADS is set.",
            CustomParser = r => IntegerOption.Parse(r, "--jobs", 1, "an integer ≥ 1"),
        };
        string[] backends = ["auto", "mkl", "openblas", "managed"];
        var backend = new Option<string>("--backend")
        {
            Description = "The linear-algebra backend; auto honours $VERIFY_BACKEND.",
            HelpName = string.Join('|', backends),
            DefaultValueFactory = _ => "auto",
        };
        var outputDirectory = new Option<string?>("--out") { Description = "Directory for index.html and report.json (default: reports/<id>-<UTC time>, and reports/latest points to it)." };
        backend.Validators.Add(result =>
        {
            string value = result.GetValueOrDefault<string>() ?? "";
            if (!backends.Contains(value, StringComparer.Ordinal))
            {
                result.AddError($"--backend expects one of {string.Join(", ", backends)}, got '{value}'{NameSuggestion.Hint(value, backends)}");
            }
        });

        var command = new Command("run", "Run a theorem (or all) and write an HTML and JSON report.")
        {
            id, quick, scenario, seed, instances, instance, jobs, backend, outputDirectory,
        };
        command.SetAction(parsed =>
        {
            var options = new RunOptions(parsed.GetValue(seed), parsed.GetValue(quick), parsed.GetValue(instances), parsed.GetValue(instance), parsed.GetValue(jobs) ?? Environment.ProcessorCount);
            string theoremId = parsed.GetValue(id)!;
            string? chosenOutput = parsed.GetValue(outputDirectory);
            string directory = chosenOutput ?? LatestReport.Folder(theoremId, DateTimeOffset.UtcNow);
            var invocation = Invocation.Of([.. parsed.Tokens.Select(t => t.Value)], options, parsed.GetValue(backend)!, directory);
            var request = new RunRequest(theoremId, parsed.GetValue(scenario), options, BackendChoices.Parse(parsed.GetValue(backend)!), directory, invocation, UpdateLatest: chosenOutput is null);
            return Execute(request, output, error, catalog, cancellation);
        });
        return command;
    }

    private sealed record RunRequest(string TheoremId, string? Scenario, RunOptions Options, BackendChoice Backend, string OutputDirectory, Invocation Invocation, bool UpdateLatest);

    private static int Execute(RunRequest request, TextWriter output, TextWriter error, Func<TheoremServices, IReadOnlyList<ITheorem>> catalog, CancellationToken cancellation)
    {
        var backend = RunEnvironment.LoadBackend(request.Backend);

        var theorems = ScenarioFilter.Apply(Select(catalog(new TheoremServices(backend)), request.TheoremId), request.Scenario, request.Options);
        ReportFolder.EnsureWritable(request.OutputDirectory);
        int jobs = theorems.Select(t => TheoremRunner.Concurrency(t, request.Options)).DefaultIfEmpty(1).Max();
        int blasThreads = backend.Threads;
        if (!BlasThreadsSetByUser())
        {
            // Parallel instances beat BLAS threads here (README, Performance): each job gets cores/jobs threads.
            backend.Threads = Math.Max(1, Environment.ProcessorCount / jobs);
        }

        try
        {
            var environment = RunEnvironment.Describe(backend, request.Backend, request.Options.MasterSeed) with { Jobs = jobs };
            RunEnvironment.WriteWarnings(environment, error);
            output.WriteLine($"verify run {request.TheoremId}: backend {backend.Description.Name}, master seed {request.Options.MasterSeed}, {jobs} instance(s) at once × {backend.Threads} BLAS thread(s)");

            var results = ProgressDisplay.Run(output, (progress, log) =>
                theorems.Select(t => TheoremRunner.Run(t, request.Options, log, cancellation, progress)).ToList());
            return Finish(new RunReport(environment, results) { Invocation = request.Invocation }, request, output, error, cancellation);
        }
        finally
        {
            backend.Threads = blasThreads;
        }
    }

    /// <summary>Whether the user fixed the BLAS thread count through the environment (then Verify leaves it).</summary>
    private static bool BlasThreadsSetByUser() =>
        new[] { "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "OMP_NUM_THREADS" }.Any(v => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(v)));

    private static int Finish(RunReport report, RunRequest request, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        string htmlPath = ReportFolder.Write(report, request.OutputDirectory, cancellation);
        if (request.UpdateLatest)
        {
            LatestReport.Point(report, request.OutputDirectory, cancellation);
        }
        foreach (var result in report.Theorems)
        {
            output.WriteLine($"{result.Id}: {result.Verdict} ({result.Instances.Count} instances)");
            output.WriteLine($"  {PlainAnswer.Of(result)}");
        }
        output.WriteLine($"report: {htmlPath}");
        return RunEnvironment.Conclude(report, error);
    }

    private static IReadOnlyList<ITheorem> Select(IReadOnlyList<ITheorem> theorems, string id)
    {
        if (id == "all")
        {
            return theorems;
        }
        var match = theorems.Where(t => t.Info.Id == id).ToList();
        if (match.Count == 0)
        {
            var ids = theorems.Select(t => t.Info.Id).ToList();
            string known = ids.Count == 0 ? "none yet" : string.Join(", ", ids);
            throw new UsageException($"unknown theorem '{id}'{NameSuggestion.Hint(id, ids.Append("all"))}. Known theorems: {known} (or 'all').");
        }
        return match;
    }
}
