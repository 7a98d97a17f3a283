using MathNet.Numerics.LinearAlgebra;
using Verify.Core;
using Verify.Numerics;

namespace Verify.PeerBench;

/// <summary>
/// The machine's DGEMM rate, measured in the same run: an n×n·n×n product (2n³ FLOP) on every Verify backend and
/// with torch.mm in the peer. Each library's rate is the reference for the "% of DGEMM" of its other rows.
/// </summary>
internal static class DgemmSection
{
    public static Comparison Run(BenchContext context)
    {
        var n = context.Sizes.Dgemm;
        var a = Gaussian.Sample(n, n, new Xoshiro256StarStar(Seeds.DgemmLeft));
        var b = Gaussian.Sample(n, n, new Xoshiro256StarStar(Seeds.DgemmRight));
        var folder = context.Workspace.NewFolder("dgemm");
        NpyWriter.Write(Path.Combine(folder, "a.npy"), a);
        NpyWriter.Write(Path.Combine(folder, "b.npy"), b);
        context.Peer.Load("dgemm", "dgemm-torch", folder);
        Workspace.Delete(folder);

        var contenders = new List<Contender>();
        foreach (var backend in context.Backends.Measured)
        {
            var c = Matrix<double>.Build.Dense(n, n);
            contenders.Add(Contender.InProcess(
                VerifyBackends.Label(backend), VerifyBackends.Library(backend), Role.Verify,
                () => backend.Gemm(false, false, 1.0, a, b, 0.0, c),
                () => [c[0, 0], c[n - 1, n - 1], c.Column(0).Sum()]));
        }

        contenders.Add(Contender.InPeer(context.Peer, "dgemm", "PyTorch (torch.mm)", "PyTorch"));
        var comparison = context.Runner.Run("DGEMM", $"{n}x{n}", 2.0 * n * n * n, contenders);
        context.Peer.Unload("dgemm");
        return comparison;
    }
}
