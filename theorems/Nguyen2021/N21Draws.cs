using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;
using Verify.Core.Networks;
using Verify.Numerics;
using Verify.Training;

namespace Verify.Theorems.Nguyen2021;

/// <summary>
/// The instances the runs draw: inputs with ‖x_i‖ = √d, weights by a scheme (LeCun or He), an output layer scaled down
/// when (H0) needs it, and teacher-perturbed targets Y = F_L(θ₀) + εZ with ε a safety factor times the largest meeting
/// (H1) and (H2) (spec §6 E3).
/// </summary>
internal static class N21Draws
{
    /// <summary>N inputs in ℝ^d: Gaussian rows rescaled to ‖x_i‖ = √d (spec §5's validation run).</summary>
    public static Matrix<double> Inputs(int n, int d, RandomSource random) =>
        Gaussian.Sample(n, d, random).NormalizeRows(2.0) * Math.Sqrt(d);

    /// <summary>W₁ … W_L with N(0, v_l) entries, v_l the scheme's variance (<see cref="WeightSchemes.Variance"/>), drawn layer by layer.</summary>
    public static FeedForwardNetwork Network(NetworkSpec spec, int d, string scheme, RandomSource random) =>
        new(spec, [.. Enumerable.Range(1, spec.Depth).Select(l => spec.WeightShape(l, d))
            .Select(s => Gaussian.Sample(s.Rows, s.Columns, random) * Math.Sqrt(WeightSchemes.Variance(scheme, s.Rows, s.Columns)))]);

    /// <summary>
    /// The network with W_L scaled by s = min(1, safety·s*), s* the largest scale meeting (H0) with ρ = 0: every term of
    /// B carries ‖W_L⁰‖₂² and λ_F does not depend on W_L, so the (H0) ratio at ρ = 0 is ratio(1)/s² (estimates: s only
    /// chooses the instance, which (H0) then decides with ρ &gt; 0).
    /// </summary>
    public static (FeedForwardNetwork Network, double Scale) ScaleOutput(ILinearAlgebraBackend backend, FeedForwardNetwork network, Matrix<double> x, double safety)
    {
        var q = SectionFiveQuantities.From(Estimates(backend, network, x, residual: 0), new double[network.Depth], pessimistic: false);
        double scale = Math.Min(1, safety * Math.Sqrt(q.H0Ratio));
        if (scale == 1)
        {
            return (network, 1);
        }
        var weights = network.Weights.Select((w, i) => i == network.Depth - 1 ? w * scale : w).ToList();
        return (new FeedForwardNetwork(network.Spec, weights), scale);
    }

    /// <summary>
    /// Y = F_L(θ₀) + εZ, Z ~ N(0, 1)^{N × n_L}, ε = safety × the largest ε at which the radii's fixed point exists and (H0),
    /// (H2) hold at the estimated quantities (√(2Φ₀) = ε‖Z‖_F; geometric bisection to 2⁻⁴⁰ relative).
    /// </summary>
    public static (Matrix<double> Targets, double Epsilon) TeacherTargets(
        ILinearAlgebraBackend backend, FeedForwardNetwork network, Matrix<double> x, double safety, RandomSource random)
    {
        var outputs = network.Outputs(backend, x);
        var z = Gaussian.Sample(x.RowCount, network.Spec.OutputWidth, random);
        double norm = z.FrobeniusNorm();
        double largest = LargestResidual(Estimates(backend, network, x, residual: 0));
        double epsilon = safety * largest / norm;
        return (outputs + epsilon * z, epsilon);
    }

    /// <summary>The largest √(2Φ₀) at which ρ ← R(ρ) has a fixed point and (H0), (H2) hold with those radii (0 when none).</summary>
    public static double LargestResidual(SectionFiveInputs inputs)
    {
        bool Holds(double r)
        {
            var at = inputs with { Residual = r };
            var (radii, fixedPoint) = SectionFiveQuantities.ChooseRadii(at);
            var q = SectionFiveQuantities.From(at, radii, pessimistic: true);
            return fixedPoint && q.H0Ratio >= 1 && q.H2Ratio >= 1;
        }
        if (!(inputs.LambdaF > 0))
        {
            return 0;
        }
        double low = 1, high = 1;
        int guard = 0;
        while (!Holds(low) && guard++ < 400)
        {
            low /= 2;
        }
        if (guard >= 400)
        {
            return 0;
        }
        high = 2 * low;
        while (Holds(high) && high < 1e30)
        {
            high *= 2;
        }
        low = high / 2;
        for (int i = 0; i < 40; i++)
        {
            double middle = Math.Sqrt(low * high);
            (low, high) = Holds(middle) ? (middle, high) : (low, middle);
        }
        return low;
    }

    /// <summary>The §5 inputs from plain SVDs (estimates, no enclosure): for choosing instances and searching widths only.</summary>
    public static SectionFiveInputs Estimates(ILinearAlgebraBackend backend, FeedForwardNetwork network, Matrix<double> x, double residual)
    {
        var features = network.Features(backend, x);
        var last = features[network.Depth - 1];
        double lambdaF = last.ColumnCount < x.RowCount ? 0 : backend.SingularValues(last)[x.RowCount - 1];
        var norms = network.Weights.Select(w => backend.SingularValues(w)[0]).ToList();
        return new SectionFiveInputs(lambdaF, norms, x.FrobeniusNorm(), residual);
    }
}
