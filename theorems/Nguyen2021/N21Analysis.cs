using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics;
using Verify.Theorems.Common;
using Verify.Training;
using static Verify.Numerics.DirectedRounding;

namespace Verify.Theorems.Nguyen2021;

/// <summary>
/// The measured inputs of spec §5 at θ₀, each enclosed: λ_F = σ_N(F_{L−1}⁰) (certified through its Gram matrix, widened by
/// the forward error of F_{L−1}), ‖W_l⁰‖₂ (certified ends), ‖X‖_F (directed rounding), √(2Φ₀) = ‖F_L⁰ − Y‖_F (computed ±
/// the forward error); the radii ρ (a fixed point at the pessimistic end) and the §5 quantities at both ends.
/// </summary>
internal sealed class N21Analysis
{
    private const double Epsilon = Spectral.MachineEpsilon;

    public N21Analysis(ILinearAlgebraBackend backend, N21Setup setup)
    {
        var network = setup.Initial;
        var x = setup.Inputs;
        N = x.RowCount;
        Depth = network.Depth;
        XFrobeniusUpper = SingularValueEnclosures.FrobeniusUpper(x);
        XFrobeniusLower = SingularValueEnclosures.FrobeniusLower(x);
        LayerNormsUpper = [.. network.Weights.Select(w => SingularValueEnclosures.Norm2Upper(backend, w))];
        LayerNormsLower = [.. network.Weights.Select(SingularValueEnclosures.Norm2Lower)];

        var features = network.Features(backend, x);
        var errors = ForwardErrors(features, network, LayerNormsUpper);
        var last = features[Depth - 1];
        LambdaF = last.ColumnCount < N
            ? new Enclosure(0, 0, $"n_{{L−1}} = {last.ColumnCount} < N = {N}: rank F_{{L−1}} < N, so σ_N(F_{{L−1}}) = 0")
            : SingularValueEnclosures.Smallest(backend, last, errors[Depth - 1],
                "F_{L−1} as computed vs exact: the products' rounding γ_n‖F_{l−1}‖_F‖W_l‖_F carried through the layers by ‖W_l‖₂ (ReLU is exact)");

        var residual = features[Depth] - setup.Targets;
        Residual = residual.FrobeniusNorm();
        double outputs = features[Depth].FrobeniusNorm(), targets = setup.Targets.FrobeniusNorm();
        ResidualAllowance = AddUp(errors[Depth], MulUp(4 * (N * (double)setup.Targets.ColumnCount + 2) * Epsilon, outputs + targets));
        ResidualResolution = 16 * Epsilon * (outputs + targets) + double.Epsilon;
        PessimisticInputs = new SectionFiveInputs(LambdaF.Lower, LayerNormsUpper, XFrobeniusUpper, AddUp(Residual, ResidualAllowance));
        OptimisticInputs = new SectionFiveInputs(LambdaF.Upper, LayerNormsLower, XFrobeniusLower, Math.Max(0, SubDown(Residual, ResidualAllowance)));
        (Radii, RadiiAreFixedPoint) = SectionFiveQuantities.ChooseRadii(PessimisticInputs);
        Pessimistic = SectionFiveQuantities.From(PessimisticInputs, Radii, pessimistic: true);
        // the favourable end uses the radii from below at the favourable inputs: below every feasible ρ, so a Fail there is a
        // Fail for every choice of radii, not an artefact of the pessimistic radii or their 10⁻⁶ inflation
        (FavourableRadii, FavourableRadiiExist) = SectionFiveQuantities.RadiiFromBelow(OptimisticInputs);
        Optimistic = SectionFiveQuantities.From(OptimisticInputs, FavourableRadii, pessimistic: false);
        var paperRadii = Enumerable.Repeat(1.0, Depth).ToList();
        PaperPessimistic = SectionFiveQuantities.From(PessimisticInputs, paperRadii, pessimistic: true);
        PaperOptimistic = SectionFiveQuantities.From(OptimisticInputs, paperRadii, pessimistic: false);
    }

    public int N { get; }

    public int Depth { get; }

    /// <summary>λ_F = σ_N(F_{L−1}⁰).</summary>
    public Enclosure LambdaF { get; }

    public double XFrobeniusUpper { get; }

    public double XFrobeniusLower { get; }

    /// <summary>Upper bounds on ‖W_l⁰‖₂, l = 1 … L (index l − 1).</summary>
    public IReadOnlyList<double> LayerNormsUpper { get; }

    /// <summary>Lower bounds on ‖W_l⁰‖₂.</summary>
    public IReadOnlyList<double> LayerNormsLower { get; }

    /// <summary>‖F_L⁰ − Y‖_F = √(2Φ₀) as computed.</summary>
    public double Residual { get; }

    /// <summary>Φ₀ = ½‖F_L⁰ − Y‖²_F as computed.</summary>
    public double Phi0 => 0.5 * Residual * Residual;

    /// <summary>The allowance between the computed and the exact ‖F_L⁰ − Y‖_F (forward error of F_L, then the subtraction and norm).</summary>
    public double ResidualAllowance { get; }

    /// <summary>The float64 resolution of ‖F_L − Y‖_F: 16ε(‖F_L⁰‖_F + ‖Y‖_F), the floor of the rate check.</summary>
    public double ResidualResolution { get; }

    public SectionFiveInputs PessimisticInputs { get; }

    public SectionFiveInputs OptimisticInputs { get; }

    /// <summary>The radii ρ_l (index l − 1), the least fixed point of ρ ← R(ρ) at the pessimistic end, raised by 10⁻⁶ and checked, or 1 when there is none.</summary>
    public IReadOnlyList<double> Radii { get; }

    public bool RadiiAreFixedPoint { get; }

    /// <summary>The iterate of ρ ← R(ρ) from below at the favourable ends (<see cref="SectionFiveQuantities.RadiiFromBelow"/>).</summary>
    public IReadOnlyList<double> FavourableRadii { get; }

    /// <summary>Whether that iteration settled: radii meeting (H1) exist at the favourable ends.</summary>
    public bool FavourableRadiiExist { get; }

    /// <summary>§5 at the ends that make every hypothesis hardest (a Pass rests on these).</summary>
    public SectionFiveQuantities Pessimistic { get; }

    /// <summary>§5 at the ends that make every hypothesis easiest (a Fail rests on these).</summary>
    public SectionFiveQuantities Optimistic { get; }

    /// <summary>The paper's reconstructed form (spec §4): the same quantities with ρ_l = 1.</summary>
    public SectionFiveQuantities PaperPessimistic { get; }

    public SectionFiveQuantities PaperOptimistic { get; }

    /// <summary>The step the runs take when none is given: 0.99 × (H3)'s bound at the pessimistic end.</summary>
    public double LargestStepSize() => 0.99 * Pessimistic.StepBound;

    /// <summary>
    /// e_l ≥ ‖F̂_l − F_l‖_F for l = 0 … L: e₀ = 0, e_l = ‖W_l‖₂ e_{l−1} + γ_n‖F̂_{l−1}‖_F‖W_l‖_F (fl of a product is within
    /// γ_n|A||B| entrywise, n the inner dimension; σ is 1-Lipschitz and ReLU is evaluated exactly), plus 4 ulp of ‖F̂_l‖_F
    /// for another activation's evaluation (documented, not proven), every operation rounded up.
    /// </summary>
    private static double[] ForwardErrors(IReadOnlyList<Matrix<double>> features, FeedForwardNetwork network, IReadOnlyList<double> norms)
    {
        var errors = new double[network.Depth + 1];
        bool exactActivation = ReluModel.IsRelu(network.Activation.Properties);
        for (int l = 1; l <= network.Depth; l++)
        {
            var w = network.Weight(l);
            double product = MulUp(GammaUp(w.RowCount), MulUp(SingularValueEnclosures.FrobeniusUpper(features[l - 1]), SingularValueEnclosures.FrobeniusUpper(w)));
            double evaluation = exactActivation || l == network.Depth ? 0 : MulUp(4.01 * Epsilon, SingularValueEnclosures.FrobeniusUpper(features[l]));
            errors[l] = AddUp(AddUp(MulUp(norms[l - 1], errors[l - 1]), product), evaluation);
        }
        return errors;
    }
}
