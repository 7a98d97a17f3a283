using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics;
using Verify.Theorems.Common;
using Verify.Training;
using static Verify.Numerics.DirectedRounding;

namespace Verify.Theorems.Chatterjee2022;

/// <summary>
/// The bounds for a network's loss Φ = ½‖F_L − Y‖²_F at θ₀ (README C1, C4):
/// F = sup of Φ over the output enclosure at radius 0; A(r) = 2·tG·D(r), tG ≤ λ_min(XXᵀ) certified (VerifiedBounds) and D(r) ≤ min_i |δ_i|²
/// over the ball from <see cref="BackpropIntervals"/>; B(r) the Hessian bound of <see cref="HessianBound"/> with the output
/// scale s (README C4; it needs σ′ ≤ 1, |σ(x)| ≤ |x| and a finite sup |σ″|).
/// </summary>
internal sealed class NetworkBounds : ICriterionBounds
{
    private readonly FeedForwardNetwork _network;
    private readonly Matrix<double> _x;
    private readonly double _gram;
    private readonly HessianBoundInputs? _hessian;
    private readonly string? _noHessian;

    /// <summary>The bounds for <paramref name="network"/> on (X, Y); <paramref name="gramLower"/> is tG ≤ λ_min(XXᵀ), certified (0 when X has rank &lt; n).</summary>
    public NetworkBounds(FeedForwardNetwork network, Matrix<double> x, Matrix<double> y, double gramLower)
    {
        _network = network;
        _x = x;
        _gram = gramLower;
        ValueUpper = BackpropIntervals.LossUpper(BackpropIntervals.Enclose(network, x, 0), y);
        // r²A(r) > 4F needs r > 2√(F/A(0)) at least (A only falls with r): the scan starts there.
        double a0 = AlphaLower(0).Value;
        Radii = a0 > 0 ? GeometricRadii.Between(2 * Math.Sqrt(ValueUpper / a0), 64 * Math.Sqrt(ValueUpper / a0), 25) : GeometricRadii.Between(1e-3, 10, 25);
        var p = network.Activation.Properties;
        if (!(p.SupDerivative <= 1 && p.BoundedByIdentity && p.Smooth && double.IsFinite(p.SupAbsSecondDerivative)))
        {
            _noHessian = $"the Hessian bound needs σ′ ≤ 1, |σ(x)| ≤ |x| and a finite sup |σ″|; {network.Activation} has σ(0) = {Verify.Core.NumberFormat.Text(p.ValueAtZero)}, sup σ′ = {Verify.Core.NumberFormat.Text(p.SupDerivative)}";
            return;
        }
        var norms = Enumerable.Range(1, network.Depth).Select(l => Norm(network.Weight(l))).ToArray();
        _hessian = new HessianBoundInputs(Norm(x), FrobeniusUp(x), norms, p.InfDerivative, p.SupAbsSecondDerivative, SqrtUp(MulUp(2, ValueUpper)));
    }

    public double ValueUpper { get; }

    public IReadOnlyList<double> Radii { get; } = [];

    public Bound AlphaLower(double radius)
    {
        double d = BackpropIntervals.Enclose(_network, _x, radius).D;
        // An exact 0 stays 0 (MulDown would step below it).
        return new(d > 0 && _gram > 0 ? MulDown(2, MulDown(_gram, d)) : 0, $"2·tG·D: tG ≤ λ_min(XXᵀ), D = {Verify.Core.NumberFormat.Text(d)} ≤ min_i|δ_i|² over the ball by interval bounds (Schur; σ, σ′ assumed within 4 ulp)");
    }

    public Bound HessianUpper(double radius)
    {
        if (_hessian is null)
        {
            return Bound.Unavailable(_noHessian!);
        }
        return new(HessianBound.Upper(_hessian, radius, _network.Spec.OutputScale),
            "the explicit Hessian bound of nguyen-mondelli2020 Part B with the output scale s (README C4)");
    }

    private static double Norm(Matrix<double> m) => VerifiedBounds.Norm2UpperBound(m);

    private static double FrobeniusUp(Matrix<double> m) => SqrtUp(m.Enumerate().Aggregate(0.0, (s, v) => AddUp(s, MulUp(v, v))));
}
