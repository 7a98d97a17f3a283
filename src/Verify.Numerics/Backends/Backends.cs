using MathNet.Numerics.Providers.LinearAlgebra;

namespace Verify.Numerics;

/// <summary>
/// Finds and loads linear-algebra backends. Each native library is loaded at most once per process (thread-safe)
/// and the outcome, success or failure, is cached per kind.
/// </summary>
public static class Backends
{
    /// <summary>Overrides <see cref="BackendChoice.Auto"/>: one of <c>auto|mkl|openblas|managed</c>.</summary>
    public const string EnvironmentVariable = "VERIFY_BACKEND";

    /// <summary>When set, the only file tried for MKL (instead of <c>libmkl_rt.so</c> and its usual paths).</summary>
    public const string MklPathVariable = "VERIFY_MKL_LIBRARY";

    /// <summary>When set, the only file tried for OpenBLAS (instead of <c>libopenblas.so.0</c> and its usual paths).</summary>
    public const string OpenBlasPathVariable = "VERIFY_OPENBLAS_LIBRARY";

    private static readonly Lazy<LoadOutcome> _mkl = new(
        () => LoadOutcome.Of(BackendKind.Mkl, () => MklLoader.Load(Candidates(MklPathVariable, MklLoader.DefaultCandidates))),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<LoadOutcome> _openBlas = new(
        () => LoadOutcome.Of(BackendKind.OpenBlas, () => OpenBlasLoader.Load(Candidates(OpenBlasPathVariable, OpenBlasLoader.DefaultCandidates))),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<LoadOutcome> _managed = new(
        () => LoadOutcome.Of(BackendKind.Managed, () => new ManagedBackend()),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The order in which <see cref="BackendChoice.Auto"/> tries the backends on this CPU: MKL first on Intel CPUs,
    /// OpenBLAS first on all others. Measured on an AMD EPYC (Zen 4, AVX-512; README, Performance): MKL 2020 reached
    /// 70 GFLOP/s in DGEMM against OpenBLAS's 99 and its one-eigenvalue <c>dsyevr</c> was 3–4× slower, because MKL
    /// dispatches its slower generic kernels on non-Intel CPUs (<c>MKL_DEBUG_CPU_TYPE=5</c> no longer changes that in
    /// MKL 2020.4; measured).
    /// </summary>
    public static IReadOnlyList<BackendKind> AutoOrder { get; } = CpuVendor.IsIntel
        ? [BackendKind.Mkl, BackendKind.OpenBlas, BackendKind.Managed]
        : [BackendKind.OpenBlas, BackendKind.Mkl, BackendKind.Managed];

    /// <summary>The CPU vendor that decided <see cref="AutoOrder"/> ("GenuineIntel", "AuthenticAMD", …; "" off x86).</summary>
    public static string CpuVendorName => CpuVendor.Name;

    /// <summary>
    /// Loads the chosen backend. <see cref="BackendChoice.Auto"/> uses <c>VERIFY_BACKEND</c> when set (a forced
    /// choice), else the first backend of <see cref="AutoOrder"/> that loads.
    /// </summary>
    /// <exception cref="BackendUnavailableException">A forced backend cannot be loaded; the message says what to install.</exception>
    /// <exception cref="ArgumentException"><c>VERIFY_BACKEND</c> holds an unknown name.</exception>
    public static ILinearAlgebraBackend Load(BackendChoice choice)
    {
        if (choice == BackendChoice.Auto)
        {
            choice = ChoiceFromEnvironment();
        }

        return choice switch
        {
            BackendChoice.Auto => AutoOrder.Select(kind => Outcome(kind).Backend).FirstOrDefault(b => b is not null)
                ?? Outcome(BackendKind.Managed).Require(),
            BackendChoice.Mkl => Outcome(BackendKind.Mkl).Require(),
            BackendChoice.OpenBlas => Outcome(BackendKind.OpenBlas).Require(),
            BackendChoice.Managed => Outcome(BackendKind.Managed).Require(),
            _ => throw new ArgumentOutOfRangeException(nameof(choice), choice, null),
        };
    }

    /// <summary>Tries every kind (loading it if not yet loaded) and reports its description or why it is unavailable.</summary>
    public static IReadOnlyList<BackendProbe> ProbeAll() =>
        [.. Enum.GetValues<BackendKind>().Select(kind => Outcome(kind).ToProbe())];

    /// <summary>
    /// Makes MathNet's own operations (<c>A * B</c>, <c>.Evd(Symmetricity.Symmetric)</c>, <c>.Svd()</c>) use
    /// <paramref name="backend"/> for double-precision GEMM, symmetric eigen-decomposition and SVD by setting
    /// <see cref="LinearAlgebraControl.Provider"/>; all other operations stay on MathNet's managed provider.
    /// <c>LinearAlgebraControl.UseManaged()</c> undoes it.
    /// </summary>
    public static void RouteMathNet(ILinearAlgebraBackend backend)
    {
        ArgumentNullException.ThrowIfNull(backend);
        LinearAlgebraControl.Provider = MathNetRoutingProxy.Create(backend);
    }

    /// <summary>
    /// What <see cref="BackendChoice.Auto"/> passed over to reach <paramref name="loaded"/>: one line per backend earlier in
    /// <see cref="AutoOrder"/> that did not load, with its reason (empty when the first choice loaded, or when
    /// <c>VERIFY_BACKEND</c> forced the choice). Only outcomes already cached are read; nothing new is loaded.
    /// </summary>
    public static IReadOnlyList<string> AutoFallbacks(BackendKind loaded)
    {
        if (ChoiceFromEnvironment() != BackendChoice.Auto)
        {
            return [];
        }
        return [.. AutoOrder.TakeWhile(kind => kind != loaded).Select(kind => Outcome(kind).Error ?? $"{kind} did not load.")];
    }

    /// <summary>Loads a native backend from explicit candidate paths, uncached (a test hook for missing libraries).</summary>
    internal static ILinearAlgebraBackend LoadFrom(BackendKind kind, IReadOnlyList<string> candidates) => kind switch
    {
        BackendKind.Mkl => MklLoader.Load(candidates),
        BackendKind.OpenBlas => OpenBlasLoader.Load(candidates),
        BackendKind.Managed => new ManagedBackend(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static IReadOnlyList<string> Candidates(string variable, IReadOnlyList<string> defaults) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } path ? [path] : defaults;

    private static BackendChoice ChoiceFromEnvironment()
    {
        var text = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return BackendChoice.Auto;
        }

        try
        {
            return BackendChoices.Parse(text);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"Environment variable {EnvironmentVariable}: {e.Message}", e);
        }
    }

    private static LoadOutcome Outcome(BackendKind kind) => kind switch
    {
        BackendKind.Mkl => _mkl.Value,
        BackendKind.OpenBlas => _openBlas.Value,
        BackendKind.Managed => _managed.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
