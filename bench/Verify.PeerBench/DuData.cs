using MathNet.Numerics.LinearAlgebra;
using Verify.Core;
using Verify.Numerics;
using Verify.Training;

namespace Verify.PeerBench;

/// <summary>
/// One instance of the Du et al. (2019) setting, drawn as the theorem module draws it: inputs uniform on the unit
/// sphere (n×d), labels N(0, 1), w_r ~ N(0, I_d) and a_r = ±1. Written to x.npy, y.npy, w.npy and a.npy for the peer.
/// </summary>
internal sealed record DuData(Matrix<double> X, double[] Y, TwoLayerReluNetwork Network)
{
    public static DuData Draw(int n, int d, int m, ulong seed)
    {
        var random = new Xoshiro256StarStar(seed);
        var x = UnitSphere.Sample(n, d, random);
        var y = Labels.Gaussian(n, random);
        return new DuData(x, y, TwoLayerReluNetwork.Initialize(m, d, random));
    }

    /// <summary>Inputs alone (W2): X uniform on the sphere.</summary>
    public static Matrix<double> Inputs(int n, int d, ulong seed) => UnitSphere.Sample(n, d, new Xoshiro256StarStar(seed));

    public int N => X.RowCount;

    public int D => X.ColumnCount;

    public int M => Network.Width;

    public void WriteTo(string folder)
    {
        NpyWriter.Write(Path.Combine(folder, "x.npy"), X);
        NpyWriter.Write(Path.Combine(folder, "y.npy"), Y);
        NpyWriter.Write(Path.Combine(folder, "w.npy"), Network.W);
        NpyWriter.Write(Path.Combine(folder, "a.npy"), Network.A);
    }
}
