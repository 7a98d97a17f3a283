using System.Diagnostics;

namespace Verify.PeerBench;

/// <summary>What a contender is in a comparison.</summary>
internal enum Role
{
    /// <summary>Verify's own code path, on one backend.</summary>
    Verify,

    /// <summary>The peer script (PyTorch or NumPy).</summary>
    Peer,

    /// <summary>A lower bound for Verify's time: the GEMMs its workload contains, alone, on the same backend.</summary>
    GemmsAlone,
}

/// <summary>
/// One side of a side-by-side comparison: <see cref="TimeOnce"/> runs the workload once and returns the seconds
/// measured around the call alone (inputs are prepared beforehand); <see cref="Result"/> returns numbers from the
/// last run, compared across contenders.
/// </summary>
/// <param name="Label">The row label, e.g. "Verify (MKL)".</param>
/// <param name="Library">The BLAS the contender runs on ("MKL", "OpenBLAS", "PyTorch", "NumPy"): its DGEMM rate is the reference.</param>
/// <param name="Role">Verify, peer, or Verify's GEMMs alone.</param>
/// <param name="TimeOnce">One timed run.</param>
/// <param name="Result">The last run's output values.</param>
internal sealed record Contender(string Label, string Library, Role Role, Func<double> TimeOnce, Func<IReadOnlyList<double>> Result)
{
    /// <summary>An in-process contender timed with a stopwatch after a full garbage collection.</summary>
    public static Contender InProcess(string label, string library, Role role, Action run, Func<IReadOnlyList<double>> result) =>
        new(label, library, role, () => Time(run), result);

    /// <summary>A workload loaded in the peer process under <paramref name="id"/>, timed by the peer itself.</summary>
    public static Contender InPeer(PeerProcess peer, string id, string label, string library) =>
        new(label, library, Role.Peer, () => peer.Run(id), () => peer.Result(id));

    private static double Time(Action run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var start = Stopwatch.GetTimestamp();
        run();
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }
}
