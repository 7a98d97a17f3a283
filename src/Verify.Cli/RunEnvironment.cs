using Verify.Core;
using Verify.Numerics;
using Verify.Symbolic;

namespace Verify.Cli;

/// <summary>What `run` and `check` share: loading the backend, describing the environment, the exit code.</summary>
internal static class RunEnvironment
{
    /// <summary>Loads the backend and routes MathNet to it; a forced backend that cannot load is a usage error.</summary>
    public static ILinearAlgebraBackend LoadBackend(BackendChoice choice)
    {
        ILinearAlgebraBackend backend;
        try
        {
            backend = Backends.Load(choice);
        }
        catch (Exception e) when (e is BackendUnavailableException or ArgumentException)
        {
            // ArgumentException: a VERIFY_BACKEND value that names no backend.
            throw new UsageException(e.Message);
        }
        Backends.RouteMathNet(backend);
        return backend;
    }

    public static EnvironmentInfo Describe(ILinearAlgebraBackend backend, ulong masterSeed)
    {
        var machine = MachineInfo.Read();
        var description = backend.Description;
        var warnings = new List<string>();
        if (description.Kind == BackendKind.Managed)
        {
            warnings.Add("running on the managed backend: no native BLAS/LAPACK (install libmkl-rt or libopenblas0-pthread with scripts/setup.sh); results are valid but slow.");
        }
        if (!Z3Library.IsAvailable)
        {
            warnings.Add($"Z3 is missing ({Z3Library.LoadError}): every check decided by Z3 is an Error.");
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
            warnings);
    }

    /// <summary>Prints each of the environment's warnings as a "WARNING:" line.</summary>
    public static void WriteWarnings(EnvironmentInfo environment, TextWriter error)
    {
        foreach (string warning in environment.Warnings)
        {
            error.WriteLine($"WARNING: {warning}");
        }
    }

    /// <summary>1 for a counterexample, 3 for an error, else 0 (DESIGN.md's contract).</summary>
    public static int ExitCode(Verdict verdict) => verdict switch
    {
        Verdict.Fail => ExitCodes.Counterexample,
        Verdict.Error => ExitCodes.Internal,
        _ => ExitCodes.Ok,
    };
}
