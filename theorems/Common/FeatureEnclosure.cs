using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics;
using static Verify.Numerics.DirectedRounding;

namespace Verify.Theorems.Common;

/// <summary>
/// The first layer's features F = σ(XW) (times an output scale κ) as computed, and how far they may be from the exact
/// ones in ‖·‖_F (hence in ‖·‖₂): the product fl(XW) is within γ_d|X||W| entrywise (any summation order), so within
/// γ_d‖X‖_F‖W‖_F in norm, and a 1-Lipschitz σ carries that through.
/// </summary>
public static class FeatureEnclosure
{
    /// <summary>‖fl(XW) − XW‖_F ≤ γ_d‖X‖_F‖W‖_F, d = X's column count, rounded up.</summary>
    public static double ProductError(Matrix<double> x, Matrix<double> w) =>
        MulUp(GammaUp(x.ColumnCount), MulUp(SingularValueEnclosures.FrobeniusUpper(x), SingularValueEnclosures.FrobeniusUpper(w)));

    /// <summary>
    /// F̂ = κ·ReLU(fl(XW)) and an allowance ≥ ‖F̂ − κReLU(XW)‖_F: |κ|γ_d‖X‖_F‖W‖_F (ReLU is exact and 1-Lipschitz), plus
    /// ε‖F̂‖_F for the rounding of the products by κ when κ ≠ 1.
    /// </summary>
    public static (Matrix<double> Features, double Allowance) ScaledRelu(ILinearAlgebraBackend backend, Matrix<double> x, Matrix<double> w, double kappa)
    {
        ArgumentNullException.ThrowIfNull(backend);
        var z = Matrix<double>.Build.Dense(x.RowCount, w.ColumnCount);
        backend.Gemm(false, false, 1.0, x, w, 0.0, z);
        var features = z.Map(v => kappa * Math.Max(v, 0));
        double allowance = AddUp(MulUp(Math.Abs(kappa), ProductError(x, w)),
            kappa == 1 ? 0 : MulUp(Spectral.MachineEpsilon, SingularValueEnclosures.FrobeniusUpper(features)));
        return (features, allowance);
    }

    /// <summary>
    /// An allowance ≥ ‖F̂ − σ(XW)‖_F for features F̂ = σ̂(fl(XW)) computed elsewhere with a 1-Lipschitz σ: the product's
    /// error, plus σ's own evaluation taken to 4 ulp of |F̂| and an underflow term (documented for the activations'
    /// implementations, not proven).
    /// </summary>
    public static double EvaluatedActivation(Matrix<double> x, Matrix<double> w, Matrix<double> features)
    {
        double evaluation = AddUp(MulUp(4.01 * Spectral.MachineEpsilon, SingularValueEnclosures.FrobeniusUpper(features)),
            MulUp(features.RowCount * (double)features.ColumnCount, 4 * double.Epsilon));
        return AddUp(ProductError(x, w), evaluation);
    }
}
