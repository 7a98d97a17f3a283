using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics;
using Verify.Theorems.Common;
using Verify.Training;
using static Verify.Numerics.DirectedRounding;

namespace Verify.Theorems.Razborov2022;

/// <summary>
/// The certificate's inputs at initialisation, each at its pessimistic end: λ_F = the certified lower end of σ_n(F₀),
/// F₀ = κ σ(X W₁) (n×m), widened by the forward error of the GEMM (γ_d‖X‖_F‖W₁‖_F, ReLU exact, then κ's product: ε‖F₀‖_F);
/// ‖F₀‖₂, ‖X‖₂ certified upper ends (F₀'s widened by the same allowance); ‖a₀‖₂ and ‖e₀‖₂ = ‖u₀ − y‖₂ rounded up
/// (e₀ with the forward error of u₀ = F₀a₀ and of the subtraction and norm).
/// </summary>
internal sealed class RzAnalysis
{
    private const double Epsilon = Spectral.MachineEpsilon;

    public RzAnalysis(ILinearAlgebraBackend backend, RzSetup setup)
    {
        var x = setup.Inputs;
        var network = setup.Initial;
        N = x.RowCount;
        D = x.ColumnCount;
        M = network.Spec.Widths[0];
        Kappa = network.Spec.OutputScale;
        var w1 = network.Weight(1);
        var a = network.Weight(2);
        (var features, FeatureAllowance) = FeatureEnclosure.ScaledRelu(backend, x, w1, Kappa);
        double fF = SingularValueEnclosures.FrobeniusUpper(features);
        LambdaF = M < N
            ? new Enclosure(0, 0, $"m = {M} < n = {N}: rank F₀ < n, so σ_n(F₀) = 0")
            : SingularValueEnclosures.Smallest(backend, features, FeatureAllowance,
                "F₀ as computed vs exact: the GEMM's rounding γ_d‖X‖_F‖W₁‖_F (ReLU exact) times κ, plus κ's product ε‖F₀‖_F");
        var featureNorm = SingularValueEnclosures.Norm2(backend, features, FeatureAllowance, "");
        var xNorm = SingularValueEnclosures.Norm2(backend, x, 0, "");
        FeatureNormUpper = featureNorm.Upper;
        XNormUpper = xNorm.Upper;
        OutputNormUpper = SingularValueEnclosures.FrobeniusUpper(a);
        var u = features * a;
        var residual = u - setup.Targets;
        Residual = residual.FrobeniusNorm();
        double outputs = u.FrobeniusNorm(), targets = setup.Targets.FrobeniusNorm();
        double forward = AddUp(MulUp(FeatureAllowance, OutputNormUpper), MulUp(GammaUp(M), MulUp(fF, OutputNormUpper)));
        ResidualAllowance = AddUp(forward, MulUp(4 * (N + 2) * Epsilon, outputs + targets));
        ResidualUpper = AddUp(Residual, ResidualAllowance);
        ResidualResolution = 16 * Epsilon * (outputs + targets) + double.Epsilon;
        Inputs = new TwoRateInputs(LambdaF.Lower, FeatureNormUpper, XNormUpper, OutputNormUpper, Kappa, ResidualUpper, setup.Eta1, setup.Eta2);
        Certificate = TwoRateCertificate.Evaluate(Inputs);
        // The favourable ends, for a Fail that rounding cannot have decided: λ_F's upper end; for ‖F₀‖₂ and ‖X‖₂ the lower
        // ends of their enclosures (a power-iteration quotient rounded down), and for |a₀|, |e₀| the computed norms, each
        // lowered past its allowance.
        double featureLower = Math.Max(LambdaF.Upper, featureNorm.Lower);
        Favourable = new Lazy<TwoRateCertificate>(() => TwoRateCertificate.Evaluate(new TwoRateInputs(
            LambdaF.Upper, featureLower, xNorm.Lower, Lower(a.FrobeniusNorm(), M), Kappa, Math.Max(0, Residual - ResidualAllowance), setup.Eta1, setup.Eta2)));
    }

    public int N { get; }

    public int D { get; }

    public int M { get; }

    public double Kappa { get; }

    /// <summary>≥ ‖F̂₀ − F₀‖_F: the computed features against the exact ones.</summary>
    public double FeatureAllowance { get; }

    /// <summary>σ_n(F₀), certified and widened by <see cref="FeatureAllowance"/>.</summary>
    public Enclosure LambdaF { get; }

    public double FeatureNormUpper { get; }

    public double XNormUpper { get; }

    public double OutputNormUpper { get; }

    /// <summary>‖u₀ − y‖₂ as computed.</summary>
    public double Residual { get; }

    public double ResidualAllowance { get; }

    /// <summary>‖e₀‖₂ rounded up past its forward error.</summary>
    public double ResidualUpper { get; }

    /// <summary>The float64 resolution of ‖u − y‖: the floor of the rate check.</summary>
    public double ResidualResolution { get; }

    public TwoRateInputs Inputs { get; }

    public TwoRateCertificate Certificate { get; }

    /// <summary>The certificate at the favourable ends of the inputs (a Fail there is not decided by rounding).</summary>
    public Lazy<TwoRateCertificate> Favourable { get; }

    /// <summary>A computed 2-norm of <paramref name="length"/> terms, lowered by (length + 2)ε relative (its rounding, ×2).</summary>
    private static double Lower(double norm, int length) => Math.Max(0, norm * (1 - 2 * (length + 2) * Epsilon));
}
