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
            output.WriteLine($"report: {ReportFolder.Write(report, directory, CancellationToken.None, SweepReport.Phases(store))}");
            return RunEnvironment.Conclude(report, error);
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
