using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics;

namespace Verify.PeerBench;

/// <summary>
/// W3: λ_min(H(W)) of the finite-width Gram matrix H = (XXᵀ) ∘ (PPᵀ)/m, P = 1{XWᵀ ≥ 0}, from X and W (d = n): Verify
/// calls <see cref="Gram.InputGram"/>, the GEMM Z = XWᵀ,
/// <see cref="Gram.FiniteWidthReluNtk(ILinearAlgebraBackend, MathNet.Numerics.LinearAlgebra.Matrix{double}, MathNet.Numerics.LinearAlgebra.Matrix{double})"/>
/// and <see cref="Spectral.SmallestEigenvalue"/>; the peer is PyTorch (scripts/bench/ntk_torch.py).
/// </summary>
internal static class NtkSection
{
    public static Comparison Run(BenchContext context)
    {
        int n = context.Sizes.NtkSamples, m = context.Sizes.NtkWidth;
        var data = DuData.Draw(n, n, m, Seeds.Ntk);
        var folder = context.Workspace.NewFolder("ntk");
        data.WriteTo(folder);
        context.Peer.Load("ntk", "ntk-torch", folder);
        Workspace.Delete(folder);

        var contenders = new List<Contender>();
        foreach (var backend in context.Backends.Measured)
        {
            var lambda = double.NaN;
            contenders.Add(Contender.InProcess(
                VerifyBackends.Label(backend), VerifyBackends.Library(backend), Role.Verify,
                () =>
                {
                    var g = Gram.InputGram(backend, data.X);
                    var z = Gram.PreActivations(backend, data.X, data.Network.W);
                    var h = Gram.FiniteWidthReluNtk(backend, g, z);
                    lambda = Spectral.SmallestEigenvalue(backend, h);
                },
                () => [lambda]));
        }

        contenders.Add(Contender.InPeer(context.Peer, "ntk", "PyTorch", "PyTorch"));
        var flops = (2.0 * n * n * n) + (2.0 * n * n * m) + (2.0 * n * n * m);
        var comparison = context.Runner.Run("W3 lmin(H(W))", $"n=d={n}, m={m}", flops, contenders);
        context.Peer.Unload("ntk");
        return comparison;
    }
}
