using System.CommandLine;
using Verify.Core;
using Verify.Theorems;

namespace Verify.Cli;

/// <summary>
/// The `verify` command line: list, doctor, run, check, sweep, merge, report, export; with no arguments, the help. Runs in-process for tests: output goes to the given
/// writers and the theorem catalog can be replaced.
/// </summary>
public static class VerifyCli
{
    public static int Run(
        string[] args,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellation = default,
        Func<TheoremServices, IReadOnlyList<ITheorem>>? catalog = null)
    {
        catalog ??= TheoremCatalog.Create;
        var root = new RootCommand("Verify: checks the hypotheses and conclusions of convergence theorems for neural-network training.")
        {
            ListCommand.Create(output, catalog),
            DoctorCommand.Create(output),
            RunCommand.Create(output, error, catalog, cancellation),
            CheckCommand.Create(output, error, catalog, cancellation),
            SweepCommand.Create(output, error, catalog, cancellation),
            StoreCommands.Merge(output, error, catalog),
            StoreCommands.Report(output, error, catalog),
            StoreCommands.Export(output, error),
        };

        // `verify` alone shows the help (exit 0), as `verify --help` does.
        var parsed = root.Parse(args.Length == 0 ? ["--help"] : args);
        if (parsed.Errors.Count > 0)
        {
            foreach (string message in ParseErrors.Describe(parsed, root))
            {
                error.WriteLine($"verify: {message}");
            }
            error.WriteLine(ParseErrors.HelpHint(parsed, root));
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            error.WriteLine($"verify: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (EnvironmentFault e)
        {
            error.WriteLine($"verify: {e.Message}");
            return ExitCodes.Environment;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("verify: interrupted; no report was written (a previous one is left as it was).");
            return ExitCodes.Interrupted;
        }
        catch (Exception e)
        {
            error.WriteLine($"verify: internal error: {e}");
            return ExitCodes.Internal;
        }
    }
}
