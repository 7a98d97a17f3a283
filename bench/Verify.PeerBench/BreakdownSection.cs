using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics;

namespace Verify.PeerBench;

/// <summary>
/// Where W2's, W3's and W5's time goes: each piece of Verify's code path timed alone on every backend (the GEMM and the
/// rank-k updates, the managed elementwise passes, the eigensolver asked for one eigenvalue and for all), beside the
/// same pieces in the peer (its elementwise work with the GEMM, and eigvalsh alone on the same H, which Verify writes);
/// W5's pieces are in <see cref="StepBreakdown"/>.
/// </summary>
internal static class BreakdownSection
{
    public static IReadOnlyList<Comparison> Run(BenchContext context)
    {
        var results = new List<Comparison>();
        results.AddRange(Lambda0(context));
        results.AddRange(Ntk(context));
        results.AddRange(StepBreakdown.Run(context));
        return results;
    }

    private static IEnumerable<Comparison> Lambda0(BenchContext context)
    {
        int n = context.Sizes.Lambda0Samples, d = context.Sizes.Lambda0Dimension;
        var shape = $"n={n}, d={d}";
        var x = DuData.Inputs(n, d, Seeds.Lambda0);
        var g = Gram.InputGram(context.Backends.Auto, x);
        var h = Gram.InfiniteWidthReluNtk(g);
        var folder = context.Workspace.NewFolder("breakdown-lambda0");
        NpyWriter.Write(Path.Combine(folder, "x.npy"), x);
        NpyWriter.Write(Path.Combine(folder, "h.npy"), h);
        var peer = context.Peer;
        peer.Load("b-np-kernel", "lambda0-numpy", folder, ("until", "kernel"));
        peer.Load("b-pt-kernel", "lambda0-torch", folder, ("until", "kernel"));
        peer.Load("b-np-eig", "eigvalsh-numpy", folder);
        peer.Load("b-pt-eig", "eigvalsh-torch", folder);
        Workspace.Delete(folder);

        var product = Matrix<double>.Build.Dense(n, n);
        yield return Measure(context, "W2: G = XXT, syrk alone", shape, 1.0 * n * n * d,
            b => () => b.SymmetricRankK(1.0, x, 0.0, product));
        yield return Measure(context, "W2: Gram.InputGram", shape, 1.0 * n * n * d, b => () => Gram.InputGram(b, x));
        yield return context.Runner.Run("W2: H from G (arccos)", shape, null,
        [
            Contender.InProcess(
                $"Verify (managed, {Environment.ProcessorCount} threads)", "managed", Role.Verify,
                () => Gram.InfiniteWidthReluNtk(g), () => []),
        ]);
        yield return context.Runner.Run("W2: G and H, peers", shape, 2.0 * n * n * d,
        [
            Contender.InPeer(peer, "b-np-kernel", "NumPy", "NumPy"),
            Contender.InPeer(peer, "b-pt-kernel", "PyTorch", "PyTorch"),
        ]);
        yield return Eigen(context, "W2", shape, h, "b-np-eig", "b-pt-eig");
        yield return Measure(context, "W2: all eigenvalues", shape, null, b => () => b.SymmetricEigenvalues(h));
        foreach (var id in new[] { "b-np-kernel", "b-pt-kernel", "b-np-eig", "b-pt-eig" })
        {
            peer.Unload(id);
        }
    }

    private static IEnumerable<Comparison> Ntk(BenchContext context)
    {
        int n = context.Sizes.NtkSamples, m = context.Sizes.NtkWidth;
        var shape = $"n=d={n}, m={m}";
        var data = DuData.Draw(n, n, m, Seeds.Ntk);
        var auto = context.Backends.Auto;
        var g = Gram.InputGram(auto, data.X);
        var z = Gram.PreActivations(auto, data.X, data.Network.W);
        var h = Gram.FiniteWidthReluNtk(auto, g, z);
        var folder = context.Workspace.NewFolder("breakdown-ntk");
        data.WriteTo(folder);
        NpyWriter.Write(Path.Combine(folder, "h.npy"), h);
        var peer = context.Peer;
        peer.Load("b-ntk-kernel", "ntk-torch", folder, ("until", "kernel"));
        peer.Load("b-ntk-eig", "eigvalsh-torch", folder);
        Workspace.Delete(folder);

        var product = Matrix<double>.Build.Dense(n, m);
        var ntk = Matrix<double>.Build.Dense(n, n);
        yield return Measure(context, "W3: Z = XWT, GEMM alone", shape, 2.0 * n * n * m,
            b => () => b.Gemm(false, true, 1.0, data.X, data.Network.W, 0.0, product));
        yield return Measure(context, "W3: H from Z, chunked syrk", shape, 1.0 * n * n * m,
            b => () => Gram.FiniteWidthReluNtk(b, g, z, ntk));
        yield return context.Runner.Run("W3: G, P and H, peer", shape, (2.0 * n * n * n) + (4.0 * n * n * m),
        [
            Contender.InPeer(peer, "b-ntk-kernel", "PyTorch", "PyTorch"),
        ]);
        yield return Eigen(context, "W3", shape, h, null, "b-ntk-eig");
        peer.Unload("b-ntk-kernel");
        peer.Unload("b-ntk-eig");
    }

    /// <summary>λ_min as Verify asks for it (one eigenvalue, after the symmetry check and a copy) and eigvalsh in the peers.</summary>
    private static Comparison Eigen(BenchContext context, string workload, string shape, Matrix<double> h, string? numpyId, string torchId)
    {
        var contenders = context.Backends.Measured
            .Select(b => Contender.InProcess(VerifyBackends.Label(b), VerifyBackends.Library(b), Role.Verify,
                () => Spectral.SmallestEigenvalue(b, h), () => []))
            .ToList();
        if (numpyId is not null)
        {
            contenders.Add(Contender.InPeer(context.Peer, numpyId, "NumPy eigvalsh", "NumPy"));
        }

        contenders.Add(Contender.InPeer(context.Peer, torchId, "PyTorch eigvalsh", "PyTorch"));
        return context.Runner.Run($"{workload}: lmin(H) alone", shape, null, contenders);
    }

    /// <summary>One piece of Verify's code on every measured backend.</summary>
    private static Comparison Measure(
        BenchContext context, string workload, string shape, double? flops, Func<ILinearAlgebraBackend, Action> piece) =>
        context.Runner.Run(workload, shape, flops, [.. context.Backends.Measured.Select(b =>
            Contender.InProcess(VerifyBackends.Label(b), VerifyBackends.Library(b), Role.Verify, piece(b), () => []))]);
}
