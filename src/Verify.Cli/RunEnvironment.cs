using Verify.Core;
using Verify.Numerics;
using Verify.Symbolic;

namespace Verify.Cli;

/// <summary>What `run` and `check` share: loading the backend, describing the environment, the exit code.</summary>
internal static class RunEnvironment
{
    /// <summary>
    /// Checks that Z3 is loadable, loads the backend and routes MathNet to it, before any work. Z3 missing or a forced
    /// backend (--backend or VERIFY_BACKEND) that cannot load is an <see cref="EnvironmentFault"/> (exit 4); a
    /// VERIFY_BACKEND value that names no backend is a usage error (exit 2).
    /// </summary>
    public static ILinearAlgebraBackend LoadBackend(BackendChoice choice)
    {
        RequireZ3();
        ILinearAlgebraBackend backend;
        try
        {
            backend = Backends.Load(choice);
        }
        catch (BackendUnavailableException e)
        {
            string forced = choice == BackendChoice.Auto ? $"{Backends.EnvironmentVariable}={Environment.GetEnvironmentVariable(Backends.EnvironmentVariable)}" : $"--backend {choice.ToName()}";
            throw new EnvironmentFault($"{forced}: {e.Message.TrimEnd('.')}. Nothing was run; see 'verify doctor' for the backends found, or use --backend auto.");
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
        Backends.RouteMathNet(backend);
        return backend;
    }

    /// <summary>Z3 decides the bound arithmetic of every theorem: a run without it would only produce Errors, so it is refused.</summary>
    public static void RequireZ3()
    {
        if (!Z3Library.IsAvailable)
        {
            throw new EnvironmentFault($"Z3 is missing: {Z3Library.LoadError?.TrimEnd('.')}. Nothing was run; see 'verify doctor'.");
        }
    }

    /// <summary>
    /// The run's environment; its warnings say when <c>auto</c> fell back past a backend that did not load (and why), and
    /// when the managed backend is in use.
    /// </summary>
    public static EnvironmentInfo Describe(ILinearAlgebraBackend backend, BackendChoice choice, ulong masterSeed)
    {
        var machine = MachineInfo.Read();
        var description = backend.Description;
        var warnings = new List<string>();
        if (choice == BackendChoice.Auto)
        {
            foreach (string skipped in Backends.AutoFallbacks(description.Kind))
            {
                warnings.Add($"backend auto fell back to {description.Name}: {skipped.TrimEnd('.')} (see 'verify doctor').");
            }
        }
        if (description.Kind == BackendKind.Managed)
        {
            warnings.Add("running on the managed backend: no native BLAS/LAPACK (install libmkl-rt or libopenblas0-pthread with scripts/setup.sh); results are valid but slow.");
        }
        return new EnvironmentInfo(
            description.Name,
            description.Version,
            description.LibraryPath,
            backend.Threads,
            Z3Library.IsAvailable ? Z3Library.FullVersion : "missing",
            machine.OperatingSystem,
            machine.Cpu,
            machine.Runtime,
            machine.GitCommit,
            masterSeed,
            DateTimeOffset.UtcNow,
            warnings)
        {
            ToolVersion = machine.ToolVersion,
        };
    }

    /// <summary>Prints each of the environment's warnings as a "WARNING:" line.</summary>
    public static void WriteWarnings(EnvironmentInfo environment, TextWriter error)
    {
        foreach (string warning in environment.Warnings)
        {
            error.WriteLine($"WARNING: {warning}");
        }
    }

    /// <summary>
    /// The exit code of a finished run (<see cref="ExitCode"/>), after one line on <paramref name="error"/> when checks
    /// failed inside Z3 (they are Errors in the report, exit 3), naming the first and pointing at `verify doctor`.
    /// </summary>
    public static int Conclude(RunReport report, TextWriter error)
    {
        string[] z3Exceptions = [nameof(Z3QueryException), nameof(Z3UnavailableException)];
        var failed = report.Theorems
            .SelectMany(t => t.Instances.SelectMany(i => i.Hypotheses.Concat(i.Conclusions).Concat(i.Invariants)).Select(c => (Theorem: t.Id, Check: c)))
            .Where(x => x.Check.Verdict == Verdict.Error && z3Exceptions.Any(name => x.Check.Note?.Contains(name + ": ", StringComparison.Ordinal) == true))
            .ToList();
        if (failed.Count > 0)
        {
            var (theorem, check) = failed[0];
            string first = check.Note!.ReplaceLineEndings(" ");
            error.WriteLine($"verify: {failed.Count} check(s) failed inside Z3 and are Errors in the report (first: {theorem} {check.Id}: {first}); " +
                "see 'verify doctor' for the Z3 in use (VERIFY_Z3_LIBRARY, libz3-4).");
        }
        return ExitCode(report.Verdict);
    }

    /// <summary>1 for a counterexample, 3 for an error, else 0 (DESIGN.md's contract).</summary>
    public static int ExitCode(Verdict verdict) => verdict switch
    {
        Verdict.Fail => ExitCodes.Counterexample,
        Verdict.Error => ExitCodes.Internal,
        _ => ExitCodes.Ok,
    };
}
