using System.CommandLine;
using Verify.Core;
using Verify.Numerics;
using Verify.Reports;
using Verify.Theorems;

namespace Verify.Cli;

/// <summary>`verify run &lt;id&gt;|all`: runs theorems from the catalog and writes index.html and report.json.</summary>
internal static class RunCommand
{
    public const string DefaultOutput = "reports/latest";

    public static Command Create(TextWriter output, TextWriter error, Func<TheoremServices, IReadOnlyList<ITheorem>> catalog, CancellationToken cancellation)
    {
        var id = new Argument<string>("id") { Description = "A theorem id (see 'verify list'), or 'all'." };
        var quick = new Option<bool>("--quick") { Description = "Smaller configurations (e.g. the paper's experiment at a reduced size)." };
        var seed = new Option<ulong>("--seed") { Description = "The master seed.", DefaultValueFactory = _ => RunOptions.DefaultMasterSeed };
        var instances = new Option<int?>("--instances") { Description = "Instances per scenario (default: each scenario's own)." };
        var instance = new Option<int?>("--instance") { Description = "Replay only this instance index of every scenario." };
        var jobs = new Option<int>("--jobs")
        {
            Description = "Instances run at once, each with cores/jobs BLAS threads (default: the number of cores).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var backend = new Option<string>("--backend") { Description = "auto|mkl|openblas|managed (default: auto, or $VERIFY_BACKEND).", DefaultValueFactory = _ => "auto" };
        var outputDirectory = new Option<string>("--out") { Description = "Directory for index.html and report.json.", DefaultValueFactory = _ => DefaultOutput };
        backend.AcceptOnlyFromAmong("auto", "mkl", "openblas", "managed");
        instances.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError("--instances must be at least 1.");
            }
        });
        jobs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--jobs must be at least 1.");
            }
        });
        instance.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 0)
            {
                result.AddError("--instance must be a non-negative index.");
            }
        });

        var command = new Command("run", "Run a theorem (or all) and write an HTML and JSON report.")
        {
            id, quick, seed, instances, instance, jobs, backend, outputDirectory,
        };
        command.SetAction(parsed =>
        {
            var options = new RunOptions(parsed.GetValue(seed), parsed.GetValue(quick), parsed.GetValue(instances), parsed.GetValue(instance), parsed.GetValue(jobs));
            var request = new RunRequest(parsed.GetValue(id)!, options, BackendChoices.Parse(parsed.GetValue(backend)!), parsed.GetValue(outputDirectory)!);
            return Execute(request, output, error, catalog, cancellation);
        });
        return command;
    }

    private sealed record RunRequest(string TheoremId, RunOptions Options, BackendChoice Backend, string OutputDirectory);

    private static int Execute(RunRequest request, TextWriter output, TextWriter error, Func<TheoremServices, IReadOnlyList<ITheorem>> catalog, CancellationToken cancellation)
    {
        var backend = RunEnvironment.LoadBackend(request.Backend);

        var theorems = Select(catalog(new TheoremServices(backend)), request.TheoremId);
        var environment = RunEnvironment.Describe(backend, request.Options.MasterSeed);
        foreach (string warning in environment.Warnings)
        {
            error.WriteLine($"WARNING: {warning}");
        }
        // Parallel instances beat BLAS threads here (README, Performance): each of the jobs gets cores/jobs threads.
        int threadsPerJob = Math.Max(1, Environment.ProcessorCount / request.Options.Jobs);
        output.WriteLine($"verify run {request.TheoremId}: backend {backend.Description.Name}, master seed {request.Options.MasterSeed}, {request.Options.Jobs} jobs × {threadsPerJob} BLAS threads");

        int blasThreads = backend.Threads;
        backend.Threads = threadsPerJob;
        List<TheoremReport> results;
        try
        {
            results = ProgressDisplay.Run(output, progress =>
                theorems.Select(t => TheoremRunner.Run(t, request.Options, output.WriteLine, cancellation, progress)).ToList());
        }
        finally
        {
            backend.Threads = blasThreads;
        }
        var report = new RunReport(environment, results);
        string htmlPath = ReportFiles.Write(report, request.OutputDirectory);

        foreach (var result in results)
        {
            output.WriteLine($"{result.Id}: {result.Verdict} ({result.Instances.Count} instances)");
        }
        output.WriteLine($"report: {htmlPath}");
        return RunEnvironment.ExitCode(report.Verdict);
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
            string known = theorems.Count == 0 ? "none yet" : string.Join(", ", theorems.Select(t => t.Info.Id));
            throw new UsageException($"unknown theorem '{id}'. Known theorems: {known} (or 'all').");
        }
        return match;
    }
}
