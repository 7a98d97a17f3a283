using Verify.Benchmarks;

namespace Verify.PeerBench;

/// <summary>The lines above the table: machine, thread settings, libraries on both sides, method.</summary>
internal static class Header
{
    private static readonly string[] Variables =
        ["OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "OPENBLAS_CORETYPE", "OMP_WAIT_POLICY"];

    /// <summary>The environment as the process started, before Verify.Numerics sets anything natively.</summary>
    public static IReadOnlyList<string> CaptureEnvironment() =>
        [.. Variables.Select(v => $"{v}={Environment.GetEnvironmentVariable(v) ?? "(unset)"}")];

    public static IReadOnlyList<string> Lines(BenchOptions options, VerifyBackends backends, PeerProcess peer, IReadOnlyList<string> environment)
    {
        var lines = new List<string>
        {
            $"Verify vs peers (PyTorch, NumPy), side by side — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC{(options.Quick ? ", --quick" : "")}",
            $"CPU:      {MachineInfo.Cpu()}",
            $"runtime:  {MachineInfo.Runtime()}; load avg before: {MachineInfo.LoadAverage()}",
            $"env:      {string.Join(", ", environment)} (both processes start with these)",
            $"          in Verify's process after loading: OMP_WAIT_POLICY={NativeEnvironment.Get("OMP_WAIT_POLICY") ?? "(unset)"}, "
                + $"OPENBLAS_CORETYPE={NativeEnvironment.Get("OPENBLAS_CORETYPE") ?? "(unset)"}",
        };
        foreach (var backend in backends.Measured)
        {
            var d = backend.Description;
            var auto = ReferenceEquals(backend, backends.Auto) ? " [auto: what `verify run` uses]" : "";
            lines.Add($"Verify:   {VerifyBackends.Library(backend)}{auto}: {d.Version}, {d.Threads} threads");
        }

        lines.Add($"peer:     {peer.Info}");
        lines.Add(
            $"method:   1 warm-up + {options.Reps} timed reps per contender ({(options.Quick ? 2 : 3)} in the sweeps), interleaved "
            + "A B C A B C in one invocation (measured again, up to 3 times, when other processes took > 15% of the CPUs; the "
            + "quietest attempt is kept); Verify is timed in-process (stopwatch, full GC before each call), the peer times "
            + "its own call (time.perf_counter) in one long-lived process, so pipe and start-up are not counted; identical "
            + "inputs: Verify draws X, y, W(0), a and writes them as .npy, the peer reads them; float64 everywhere; the PyTorch "
            + "step of W1 is explicit forward/backward (no autograd) with preallocated buffers and an in-place update, as Verify's; "
            + "W5's is autograd (loss.backward(), in-place update under no_grad, grads dropped), as a researcher writes it.");
        return lines;
    }
}
