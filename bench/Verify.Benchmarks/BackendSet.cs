using Verify.Numerics;

namespace Verify.Benchmarks;

/// <summary>
/// The backends to measure: every one that loads, or only the one named by <c>VERIFY_BACKEND</c> (then the others
/// are not even loaded into the process, which isolates it from their symbols and threads).
/// </summary>
/// <param name="Loaded">The backends to measure, in the order MKL, OpenBLAS, managed.</param>
/// <param name="Unavailable">Why each missing backend did not load.</param>
/// <param name="Forced">The <c>VERIFY_BACKEND</c> value when it restricted the run to one backend, else null.</param>
internal sealed record BackendSet(IReadOnlyList<ILinearAlgebraBackend> Loaded, IReadOnlyList<string> Unavailable, string? Forced)
{
    /// <summary>Loads the backends; throws when <c>VERIFY_BACKEND</c> names one that cannot load or is unknown.</summary>
    public static BackendSet Load()
    {
        var forced = Environment.GetEnvironmentVariable(Backends.EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(forced) && BackendChoices.Parse(forced) != BackendChoice.Auto)
        {
            return new BackendSet([Backends.Load(BackendChoice.Auto)], [], forced.Trim());
        }

        var probes = Backends.ProbeAll();
        return new BackendSet(
            [.. probes.Where(p => p.IsAvailable).Select(p => Backends.Load(ChoiceOf(p.Kind)))],
            [.. probes.Where(p => !p.IsAvailable).Select(p => $"{Label(p.Kind)}: {p.Error}")],
            null);
    }

    /// <summary>The short name used in the table.</summary>
    public static string Label(BackendKind kind) => kind switch
    {
        BackendKind.Mkl => "MKL",
        BackendKind.OpenBlas => "OpenBLAS",
        BackendKind.Managed => "managed",
        _ => kind.ToString(),
    };

    private static BackendChoice ChoiceOf(BackendKind kind) => kind switch
    {
        BackendKind.Mkl => BackendChoice.Mkl,
        BackendKind.OpenBlas => BackendChoice.OpenBlas,
        BackendKind.Managed => BackendChoice.Managed,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
