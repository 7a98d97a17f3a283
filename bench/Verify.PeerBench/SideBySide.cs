using System.Diagnostics;
using System.Globalization;

namespace Verify.PeerBench;

/// <summary>
/// The frame of a side-by-side step comparison (W1, the sweeps, W5): Verify writes the inputs as .npy, the peer loads
/// them (the files are deleted once loaded), Verify builds its contenders, the set-up times go to the log, the
/// contenders run interleaved (Verify's, then the peer, then the GEMM floors), and the peer's workload is unloaded.
/// </summary>
internal static class SideBySide
{
    /// <param name="context">The run.</param>
    /// <param name="runner">The interleaved runner (the sweeps pass one with fewer repetitions).</param>
    /// <param name="id">The peer's handle and the workspace folder's name.</param>
    /// <param name="workload">The row label.</param>
    /// <param name="shape">The problem size.</param>
    /// <param name="gemmFlops">The GEMM FLOP of one run, or null.</param>
    /// <param name="writeInputs">Writes the inputs into the folder it is given.</param>
    /// <param name="peer">The peer's workload kind, its label, and its parameters.</param>
    /// <param name="verify">Builds Verify's contenders (after the peer has loaded).</param>
    /// <param name="floors">Builds the GEMM floors (after <paramref name="verify"/>), or none.</param>
    public static Comparison Run(
        BenchContext context,
        InterleavedRunner runner,
        string id,
        string workload,
        string shape,
        double? gemmFlops,
        Action<string> writeInputs,
        (string Kind, string Label, (string Key, string Value)[] Parameters) peer,
        Func<IReadOnlyList<Contender>> verify,
        Func<IReadOnlyList<Contender>> floors)
    {
        var folder = context.Workspace.NewFolder(id);
        var clock = Stopwatch.StartNew();
        writeInputs(folder);
        var written = clock.Elapsed.TotalSeconds;
        context.Peer.Load(id, peer.Kind, folder, peer.Parameters);
        Workspace.Delete(folder);
        var loaded = clock.Elapsed.TotalSeconds;
        var contenders = new List<Contender>(verify()) { Contender.InPeer(context.Peer, id, peer.Label, peer.Label) };
        contenders.AddRange(floors());
        context.Log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  ({shape}: inputs written in {written:F1} s, loaded by the peer in {loaded - written:F1} s, Verify set up in {clock.Elapsed.TotalSeconds - loaded:F1} s)"));
        var comparison = runner.Run(workload, shape, gemmFlops, contenders);
        context.Peer.Unload(id);
        return comparison;
    }
}
