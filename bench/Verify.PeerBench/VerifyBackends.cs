using Verify.Numerics;

namespace Verify.PeerBench;

/// <summary>
/// The backends Verify is measured on: every native one that loads (MKL, OpenBLAS), or only the one named by
/// <c>VERIFY_BACKEND</c>; the managed fallback only when no native backend loads. <see cref="Auto"/> is the one
/// <c>verify run</c> picks by default.
/// </summary>
internal sealed record VerifyBackends(IReadOnlyList<ILinearAlgebraBackend> Measured, ILinearAlgebraBackend Auto)
{
    public static VerifyBackends Load()
    {
        var auto = Backends.Load(BackendChoice.Auto);
        var forced = Environment.GetEnvironmentVariable(Backends.EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(forced) && BackendChoices.Parse(forced) != BackendChoice.Auto)
        {
            return new VerifyBackends([auto], auto);
        }

        var native = new List<ILinearAlgebraBackend>();
        foreach (var (kind, choice) in new[] { (BackendKind.Mkl, BackendChoice.Mkl), (BackendKind.OpenBlas, BackendChoice.OpenBlas) })
        {
            if (Backends.ProbeAll().Any(p => p.Kind == kind && p.IsAvailable))
            {
                native.Add(Backends.Load(choice));
            }
        }

        return new VerifyBackends(native.Count > 0 ? native : [auto], auto);
    }

    /// <summary>The short name used in the table: "MKL", "OpenBLAS" or "managed".</summary>
    public static string Library(ILinearAlgebraBackend backend) => backend.Description.Kind switch
    {
        BackendKind.Mkl => "MKL",
        BackendKind.OpenBlas => "OpenBLAS",
        BackendKind.Managed => "managed",
        var other => other.ToString(),
    };

    /// <summary>"Verify (MKL)" and so on.</summary>
    public static string Label(ILinearAlgebraBackend backend) => $"Verify ({Library(backend)})";
}
