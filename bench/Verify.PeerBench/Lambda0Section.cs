using Verify.Numerics;

namespace Verify.PeerBench;

/// <summary>
/// W2: λ₀ = λ_min(H∞) from the inputs alone: G = XXᵀ, H∞ᵢⱼ = Gᵢⱼ(π − arccos ρᵢⱼ)/(2π), smallest eigenvalue. Verify
/// calls what the theorem module calls (<see cref="Gram.InputGram"/>, <see cref="Gram.InfiniteWidthReluNtk"/>,
/// <see cref="Spectral.SmallestEigenvalue"/>); the peers are NumPy (<c>np.linalg.eigvalsh</c>) and PyTorch
/// (<c>torch.linalg.eigvalsh</c>), scripts/bench/lambda0_numpy.py and lambda0_torch.py.
/// </summary>
internal static class Lambda0Section
{
    public static Comparison Run(BenchContext context)
    {
        int n = context.Sizes.Lambda0Samples, d = context.Sizes.Lambda0Dimension;
        var x = DuData.Inputs(n, d, Seeds.Lambda0);
        var folder = context.Workspace.NewFolder("lambda0");
        NpyWriter.Write(Path.Combine(folder, "x.npy"), x);
        context.Peer.Load("lambda0-numpy", "lambda0-numpy", folder);
        context.Peer.Load("lambda0-torch", "lambda0-torch", folder);
        Workspace.Delete(folder);

        var contenders = new List<Contender>();
        foreach (var backend in context.Backends.Measured)
        {
            var lambda0 = double.NaN;
            contenders.Add(Contender.InProcess(
                VerifyBackends.Label(backend), VerifyBackends.Library(backend), Role.Verify,
                () =>
                {
                    var g = Gram.InputGram(backend, x);
                    var h = Gram.InfiniteWidthReluNtk(g);
                    lambda0 = Spectral.SmallestEigenvalue(backend, h);
                },
                () => [lambda0]));
        }

        contenders.Add(Contender.InPeer(context.Peer, "lambda0-numpy", "NumPy", "NumPy"));
        contenders.Add(Contender.InPeer(context.Peer, "lambda0-torch", "PyTorch", "PyTorch"));
        var comparison = context.Runner.Run("W2 lambda0 = lmin(Hinf)", $"n={n}, d={d}", 2.0 * n * n * d, contenders);
        context.Peer.Unload("lambda0-numpy");
        context.Peer.Unload("lambda0-torch");
        return comparison;
    }
}
