using MathNet.Numerics.LinearAlgebra;
using Verify.Core;
using Verify.Core.Networks;
using Verify.Numerics;
using Verify.Training;

namespace Verify.PeerBench;

/// <summary>
/// One instance of W5's deep network: X with independent N(0, 1) entries (N×d, so that LeCun's 1/n_{l−1} variance keeps
/// every pre-activation of order one), targets Y ~ N(0, 1) (N×1), and W_l(0) drawn by the engine's <c>lecun</c> scheme.
/// Written to x.npy, y.npy and w1.npy … wL.npy (C order, the engine's n_{l−1}×n_l shapes) for the peer.
/// </summary>
internal sealed record DeepNetworkData(Matrix<double> X, Matrix<double> Y, FeedForwardNetwork Network)
{
    public static DeepNetworkData Draw(int n, int d, IReadOnlyList<int> widths, ActivationSpec activation, ulong seed)
    {
        var random = new Xoshiro256StarStar(seed);
        var x = Gaussian.Sample(n, d, random);
        var y = Matrix<double>.Build.Dense(n, 1, Labels.Gaussian(n, random));
        var spec = new NetworkSpec(widths, activation);
        return new DeepNetworkData(x, y, FeedForwardNetwork.Initialize(spec, d, new SchemeInit("lecun", seed + 1)));
    }

    public int N => X.RowCount;

    public int D => X.ColumnCount;

    public NetworkSpec Spec => Network.Spec;

    public void WriteTo(string folder)
    {
        NpyWriter.Write(Path.Combine(folder, "x.npy"), X);
        NpyWriter.Write(Path.Combine(folder, "y.npy"), Y);
        for (var l = 1; l <= Network.Depth; l++)
        {
            NpyWriter.Write(Path.Combine(folder, $"w{l}.npy"), Network.Weight(l));
        }
    }
}
