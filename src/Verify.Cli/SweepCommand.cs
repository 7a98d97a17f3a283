using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Verify.Core;
using Verify.Numerics;
using Verify.Setup;
using Verify.Store;
using Verify.Theorems;

namespace Verify.Cli;

/// <summary>
/// `verify sweep plan.json [--shard i/N] [--store FILE] [--out DIR]`: runs a plan's grid (or shard i of N of its cells),
/// appending each finished instance to the SQLite store at once, skipping what the store already has (so a killed sweep
/// resumes), then writes the report of everything in the store. The plan and every cell are validated before any work
/// (exit 2 with every problem), including whether each cell's run fits this machine's memory.
/// </summary>
internal static class SweepCommand
{
    public static Command Create(TextWriter output, TextWriter error, Func<TheoremServices, IReadOnlyList<ITheorem>> catalog, CancellationToken cancellation)
    {
        var planPath = new Argument<string>("plan") { Description = "The sweep plan (JSON; see README.md, \"Sweeps\")." };
        var shard = new Option<string?>("--shard") { Description = "Run only shard i of N (0 ≤ i < N) of the plan's cells, e.g. 2/4 (a Slurm array task: $SLURM_ARRAY_TASK_ID/N, N the array's size; see docs/slurm.md)." };
        var storePath = new Option<string?>("--store") { Description = "The SQLite store (default: <out>.db beside the report folder, or <out>-shard-i-of-N.db with --shard)." };
        var outputDirectory = new Option<string?>("--out") { Description = "Directory for index.html and report.json (default: reports/sweep-<plan name>, with -shard-i-of-N for a shard)." };
        var quiet = new Option<bool>("--quiet") { Description = "One line per cell instead of one per instance." };
        var command = new Command("sweep", "Run a sweep plan's grid (resumable, shardable) into a SQLite store and report it.")
        {
            planPath, shard, storePath, outputDirectory, quiet,
        };
        command.SetAction(parsed => Execute(new SweepRequest(parsed.GetValue(planPath)!, Shard.Parse(parsed.GetValue(shard)), parsed.GetValue(storePath),
            parsed.GetValue(outputDirectory), parsed.GetValue(quiet), [.. parsed.Tokens.Select(t => t.Value)]), output, error, catalog, cancellation));
        return command;
    }

    private sealed record SweepRequest(string PlanPath, Shard Shard, string? StorePath, string? OutputDirectory, bool Quiet, IReadOnlyList<string> Arguments);

    private static int Execute(SweepRequest request, TextWriter output, TextWriter error, Func<TheoremServices, IReadOnlyList<ITheorem>> catalog, CancellationToken cancellation)
    {
        var backend = RunEnvironment.LoadBackend(BackendChoice.Auto);
        var theorems = catalog(new TheoremServices(backend));
        var ids = theorems.Select(t => t.Info.Id).ToList();
        SweepPlan plan;
        IReadOnlyList<(SweepCell Cell, long? PeakBytes)> cells;
        ISetupCheckable checkable;
        try
        {
            plan = SweepPlanLoader.Load(request.PlanPath, theorems.ToDictionary(t => t.Info.Id, t => (t as ISweepable)?.SweepBase.Json, StringComparer.Ordinal));
            if (theorems.Single(t => t.Info.Id == plan.Theorem) is not ISetupCheckable covering)
            {
                return Refuse([$"{plan.Path}: $.theorem: the theorem '{plan.Theorem}' cannot check a setup, so it cannot be swept"], "the plan", error);
            }
            checkable = covering;
            cells = SweepPlanLoader.CheckCells(plan, ids, setup => checkable.Mismatch(setup.Network, setup.Training));
        }
        catch (SetupException e)
        {
            return Refuse(e.Problems.Select(p => p.ToString()), "the plan", error);
        }
        var theorem = theorems.Single(t => t.Info.Id == plan.Theorem);

        string shardSuffix = request.Shard.Count == 1 ? "" : $"-shard-{request.Shard.Index}-of-{request.Shard.Count}";
        string directory = request.OutputDirectory ?? Path.Combine("reports", $"sweep-{plan.Name}{shardSuffix}");
        ReportFolder.EnsureWritable(directory);
        // beside the report folder, not in it: a report replaces its folder as a whole
        string storePath = request.StorePath ?? Path.TrimEndingDirectorySeparator(directory) + (request.OutputDirectory is null ? "" : shardSuffix) + ".db";
        if (Path.GetFullPath(storePath).StartsWith(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return Refuse([$"--store {storePath} is inside the report folder {directory}, which each report replaces as a whole; expected a store outside it"], "the options", error);
        }
        var environment = RunEnvironment.Describe(backend, BackendChoice.Auto, plan.MasterSeed);
        RunEnvironment.WriteWarnings(environment, error);
        SweepStore store;
        try
        {
            store = SweepStore.OpenFor(storePath, new StorePlan(plan.Fingerprint(), plan.Name, plan.Theorem, File.ReadAllText(plan.Path), environment.ToolVersion));
        }
        catch (StoreException e)
        {
            return Refuse([e.Message], "the store", error);
        }
        using (store)
        {
            var mine = cells.Where((_, position) => request.Shard.Owns(position)).ToList();
            var done = store.Finished();
            var work = mine.SelectMany(c => Enumerable.Range(0, plan.Seeds).Select(k => (c.Cell, Index: k))).Where(w => !done.Contains((w.Cell.Key, w.Index))).ToList();
            var peak = mine.Where(c => c.PeakBytes is not null).OrderByDescending(c => c.PeakBytes).FirstOrDefault();
            output.WriteLine($"verify sweep {plan.Name}: theorem {plan.Theorem}, {cells.Count} cells × {plan.Seeds} seeds; "
                + $"{(request.Shard.Count == 1 ? "all cells" : $"shard {request.Shard.Index}/{request.Shard.Count}: {mine.Count} cells")}; "
                + $"{mine.Count * plan.Seeds - work.Count} instances already in {storePath}, {work.Count} to run; backend {backend.Description.Name}");
            if (peak.Cell is not null)
            {
                output.WriteLine($"predicted peak memory per instance: {ByteSize.Format(peak.PeakBytes!.Value)} (cell {peak.Cell.Key}; {ByteSize.Format(Math.Max(0, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes))} available)");
            }
            RunCells(plan, checkable, ids, work, store, store.BeginRun(environment), request.Quiet, output, cancellation);
            var report = SweepReport.Build(store, theorem.Info, environment,
                Invocation.Of(request.Arguments, new RunOptions(plan.MasterSeed), BackendChoice.Auto.ToName(), directory));
            string html = ReportFolder.Write(report, directory, cancellation, SweepReport.Phases(store, output));
            var result = report.Theorems[0];
            output.WriteLine($"{result.Id}: {result.Verdict} ({result.Instances.Count} instances in the store)");
            output.WriteLine($"  {PlainAnswer.Of(result)}");
            output.WriteLine($"store: {storePath}");
            output.WriteLine($"report: {html}");
            return RunEnvironment.Conclude(report, error);
        }
    }

    private static void RunCells(SweepPlan plan, ISetupCheckable checkable, IReadOnlyList<string> ids, IReadOnlyList<(SweepCell Cell, int Index)> work,
        SweepStore store, long run, bool quiet, TextWriter output, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var options = new RunOptions(plan.MasterSeed);
        string host = Environment.MachineName;
        int cellsTotal = work.Select(w => w.Cell.Key).Distinct().Count(), cellsDone = 0;
        for (int i = 0; i < work.Count; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            var (cell, index) = work[i];
            var setup = SweepCellSetup.Build(plan, cell, index, ids);
            var context = new InstanceContext(plan.InstanceSeed(cell, index), index, options, cancellation);
            var report = SetupRunner.RunCell(checkable, setup, cell.Key, context);
            store.Append(new StoredInstance(cell.Key, index, plan.Theorem, report, report.Resources?.WallSeconds ?? 0, report.Resources?.AllocatedBytes, host, DateTimeOffset.UtcNow), run);
            bool lastOfCell = i + 1 == work.Count || work[i + 1].Cell.Key != cell.Key;
            cellsDone += lastOfCell ? 1 : 0;
            if (!quiet || lastOfCell)
            {
                double rate = (i + 1) / Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
                var left = TimeSpan.FromSeconds(Math.Round((work.Count - i - 1) / rate));
                string eta = left.TotalHours >= 1 ? $"{(int)left.TotalHours}h{left.Minutes:00}m" : left.TotalMinutes >= 1 ? $"{left.Minutes}m{left.Seconds:00}s" : $"{left.Seconds}s";
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"[{i + 1}/{work.Count} instances, {cellsDone}/{cellsTotal} cells] {cell.Key} #{index}: {report.Verdict}, {report.Resources?.WallSeconds ?? 0:0.0} s — {rate:0.00} instances/s, ETA {eta}"));
            }
        }
    }

    private static int Refuse(IEnumerable<string> problems, string what, TextWriter error)
    {
        var list = problems.ToList();
        foreach (string problem in list)
        {
            error.WriteLine($"verify: {problem}");
        }
        error.WriteLine($"verify: {list.Count} problem(s) in {what}; nothing was run.");
        return ExitCodes.Usage;
    }
}

/// <summary>`--shard i/N`: the cells at positions p with p mod N = i (0 ≤ i &lt; N); 0/1 is the whole grid.</summary>
internal sealed record Shard(int Index, int Count)
{
    public bool Owns(int position) => position % Count == Index;

    public static Shard Parse(string? text)
    {
        if (text is null)
        {
            return new Shard(0, 1);
        }
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int i)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n >= 1 && i < n)
        {
            return new Shard(i, n);
        }
        throw new UsageException($"--shard expects i/N with 0 ≤ i < N (e.g. 0/4 … 3/4), got '{text}'");
    }
}
