using Verify.Core;

namespace Verify.Theorems.Razborov2022;

// TEMPORARY: the signatures of the two-rate certificate (branch r-proof), so that this module builds before the merge.
// Replaced by the real file at the merge; nothing in it is a check: it declares no check and certifies nothing.

internal sealed record TwoRateInputs(double LambdaF, double FeatureNorm, double XNorm, double OutputNorm, double Kappa, double Residual, double Eta1, double Eta2);

/// <summary>TEMPORARY stand-in for the certificate of branch r-proof: certifies nothing (every number NaN, no hypotheses).</summary>
internal sealed class TwoRateCertificate
{
    private TwoRateCertificate(TwoRateInputs inputs) => Inputs = inputs;

    public static TwoRateCertificate Evaluate(TwoRateInputs inputs) => new(inputs);

    public TwoRateInputs Inputs { get; }

    /// <summary>ρ: |e_k| ≤ ρᵏ|e₀| (NaN: certificate not merged yet).</summary>
    public double Contraction => double.NaN;

    /// <summary>R_W ≥ |W_k − W₀|_F (NaN: certificate not merged yet).</summary>
    public double RadiusW => double.NaN;

    /// <summary>R_a ≥ |a_k − a₀|₂ (NaN: certificate not merged yet).</summary>
    public double RadiusA => double.NaN;

    /// <summary>NaN: certificate not merged yet.</summary>
    public double LargestEta1 => double.NaN;

    /// <summary>Empty: certificate not merged yet (each would return Evidence.Inconclusive("certificate not merged yet")).</summary>
    public IReadOnlyList<(CheckSpec Spec, Func<Evidence> Decide)> Hypotheses { get; } = [];
}

/// <summary>TEMPORARY: the certificate's check specs; empty until the merge.</summary>
internal static class TwoRateChecks
{
    public static IReadOnlyList<CheckSpec> All { get; } = [];
}
