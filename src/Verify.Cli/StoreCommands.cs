using System.CommandLine;
using Verify.Core;
using Verify.Numerics;
using Verify.Store;
using Verify.Theorems;

namespace Verify.Cli;

/// <summary>
/// `verify merge a.db b.db … --store all.db [--out DIR]`: joins shard stores of one plan (refusing stores of other plans or
/// versions and conflicting results) and, with --out, writes the merged report; `verify export store.db --format csv|parquet
/// [--output FILE]`: the store as one long table (<see cref="StoreExport"/>).
/// </summary>
internal static class StoreCommands
{
    public static Command Merge(TextWriter output, TextWriter error, Func<TheoremServices, IReadOnlyList<ITheorem>> catalog)
    {
        var sources = new Argument<string[]>("stores") { Description = "The shard stores to join.", Arity = ArgumentArity.OneOrMore };
        var target = new Option<string>("--store") { Description = "The merged store (created when absent; instances it already has are kept).", Required = true };
        var outputDirectory = new Option<string?>("--out") { Description = "Write the merged store's index.html and report.json here." };
        var command = new Command("merge", "Join sweep stores of one plan (e.g. the shards of a Slurm array) into one.") { sources, target, outputDirectory };
        command.SetAction(parsed =>
        {
            string into = parsed.GetValue(target)!;
            int added;
            try
            {
                added = SweepStore.Merge(parsed.GetValue(sources)!, into);
            }
            catch (StoreException e)
            {
                error.WriteLine($"verify: {e.Message}");
                error.WriteLine("verify: nothing was merged.");
                return ExitCodes.Usage;
            }
            using var store = SweepStore.OpenExisting(into);
            output.WriteLine($"merged {parsed.GetValue(sources)!.Length} store(s) into {into}: {added} instance(s) added, {store.Finished().Count} in all");
            if (parsed.GetValue(outputDirectory) is not string directory)
            {
                return ExitCodes.Ok;
            }
            var backend = RunEnvironment.LoadBackend(BackendChoice.Auto);
            var theorem = catalog(new TheoremServices(backend)).SingleOrDefault(t => t.Info.Id == store.Plan.Theorem)
                ?? throw new UsageException($"{into}: the store's theorem '{store.Plan.Theorem}' is not in this verify's catalog");
            var environment = store.Runs().Values.First();
            var report = SweepReport.Build(store, theorem.Info, environment, null);
            output.WriteLine($"report: {ReportFolder.Write(report, directory, CancellationToken.None, SweepReport.Phases(store, output))}");
            return RunEnvironment.Conclude(report, error);
        });
        return command;
    }

    /// <summary>
    /// `verify report a.db b.db … --out DIR`: one page over several sweep stores (e.g. one plan per theorem), each store a
    /// theorem's section with its phase diagrams, and the required-vs-observed table across them.
    /// </summary>
    public static Command Report(TextWriter output, TextWriter error, Func<TheoremServices, IReadOnlyList<ITheorem>> catalog)
    {
        var sources = new Argument<string[]>("stores") { Description = "The sweep stores to report (one theorem section each).", Arity = ArgumentArity.OneOrMore };
        var outputDirectory = new Option<string>("--out") { Description = "Directory for index.html and report.json.", Required = true };
        var command = new Command("report", "Write one report over sweep stores, e.g. of several theorems on the same grid axes.") { sources, outputDirectory };
        command.SetAction(parsed =>
        {
            string directory = parsed.GetValue(outputDirectory)!;
            ReportFolder.EnsureWritable(directory);
            var paths = parsed.GetValue(sources)!;
            var stores = new List<SweepStore>();
            try
            {
                foreach (string path in paths)
                {
                    stores.Add(SweepStore.OpenExisting(path));
                }
                var duplicate = stores.GroupBy(s => s.Plan.Theorem).FirstOrDefault(g => g.Count() > 1);
                if (duplicate is not null)
                {
                    throw new StoreException($"two stores of the theorem {duplicate.Key} ({string.Join(", ", duplicate.Select(s => s.Plan.Name))}): merge a plan's shards with 'verify merge' first, or report them separately");
                }
                var backend = RunEnvironment.LoadBackend(BackendChoice.Auto);
                var theorems = catalog(new TheoremServices(backend));
                var reports = stores.Select(store => SweepReport.Theorem(store, (theorems.SingleOrDefault(t => t.Info.Id == store.Plan.Theorem)
                    ?? throw new StoreException($"the store's theorem '{store.Plan.Theorem}' ({store.Plan.Name}) is not in this verify's catalog")).Info)).ToList();
                var environment = stores.Select(s => s.Runs().Values.FirstOrDefault()).OfType<EnvironmentInfo>().FirstOrDefault()
                    ?? throw new StoreException($"{paths[0]}: no run recorded in the store(s)");
                var report = new RunReport(environment, reports);
                output.WriteLine($"report: {ReportFolder.Write(report, directory, CancellationToken.None, SweepReport.Phases(stores[0], output))}");
                return RunEnvironment.Conclude(report, error);
            }
            catch (StoreException e)
            {
                error.WriteLine($"verify: {e.Message}");
                return ExitCodes.Usage;
            }
            finally
            {
                stores.ForEach(s => s.Dispose());
            }
        });
        return command;
    }

    public static Command Export(TextWriter output, TextWriter error)
    {
        string[] formats = ["csv", "parquet"];
        var source = new Argument<string>("store") { Description = "The sweep store to export." };
        var format = new Option<string>("--format") { Description = "csv or parquet.", HelpName = "csv|parquet", Required = true };
        format.Validators.Add(result =>
        {
            string value = result.GetValueOrDefault<string>() ?? "";
            if (!formats.Contains(value, StringComparer.Ordinal))
            {
                result.AddError($"--format expects csv or parquet, got '{value}'");
            }
        });
        var file = new Option<string?>("--output") { Description = "The file to write (default: the store's path with .csv or .parquet)." };
        var command = new Command("export", "Write a sweep store as one long table (one row per instance and check or parameter) for pandas or Polars.") { source, format, file };
        command.SetAction(parsed =>
        {
            string path = parsed.GetValue(source)!, kind = parsed.GetValue(format)!;
            string into = parsed.GetValue(file) ?? Path.ChangeExtension(path, kind);
            try
            {
                using var store = SweepStore.OpenExisting(path);
                string temporary = into + ".tmp";
                using (var stream = File.Create(temporary))
                {
                    if (kind == "csv")
                    {
                        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
                        StoreExport.WriteCsv(store, writer);
                    }
                    else
                    {
                        StoreExport.WriteParquet(store, stream);
                    }
                }
                File.Move(temporary, into, overwrite: true);
                output.WriteLine($"exported {store.Finished().Count} instance(s) of '{store.Plan.Name}' to {into}");
                return ExitCodes.Ok;
            }
            catch (StoreException e)
            {
                error.WriteLine($"verify: {e.Message}");
                return ExitCodes.Usage;
            }
        });
        return command;
    }
}
