using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics;
using Verify.Training;
using static Verify.Numerics.DirectedRounding;

namespace Verify.Theorems.Chatterjee2022;

/// <summary>
/// Interval enclosures, per sample, of the scalar output ŷ_i and of the backprop vector δ_i = ∂ŷ_i/∂z_{1,i} over every θ
/// in the ball Σ_l ‖W_l − W_l⁰‖²_F ≤ r² around the network's weights W⁰. Every layer's perturbation Δ_l = W_l − W_l⁰
/// is bounded separately: each of its columns and rows has norm ≤ r, so for vectors a (a box) and a column c of Δ_l,
/// |aᵀc| ≤ r·(Σ_k max|a_k|²)^{1/2} (Cauchy–Schwarz). Forward: z₁ = x_iᵀW₁ ∈ x_iᵀW₁⁰ ± r|x_i|, a_l = σ(z_l) ∈ σ(box),
/// z_l = a_{l−1}ᵀW_l ∈ a_{l−1}ᵀW_l⁰ ± r|a_{l−1}|. Backward: u = s·W_L[:,0] ∈ s(W_L⁰[:,0] ± r), δ_{L−1} = σ′(z_{L−1})∘u,
/// δ_l = σ′(z_l)∘(W_{l+1}δ_{l+1}) with each row of W_{l+1} moved by ≤ r in norm. The only unproven step is the libm
/// allowance on σ and σ′ (<see cref="ActivationIntervals"/>); all other arithmetic is outward-rounded.
/// </summary>
internal static class BackpropIntervals
{
    /// <summary>The enclosures over the ball of radius <paramref name="radius"/> for the rows of <paramref name="x"/> (N×d).</summary>
    /// <exception cref="ArgumentException">
    /// Output width ≠ 1, depth &lt; 2, an activation that is not smooth, strictly increasing with quasi-concave σ′, a
    /// non-finite weight, X of the wrong shape or with a non-finite entry, or a radius that is negative, NaN or infinite.
    /// </exception>
    public static BallEnclosure Enclose(FeedForwardNetwork network, Matrix<double> x, double radius)
    {
        Require(network, x, radius);
        var depth = network.Depth;
        var columns = new double[depth + 1][][]; // columns[l][j] = W_l⁰[:, j]
        var rows = new double[depth + 1][][];    // rows[l][j] = W_l⁰[j, :]
        for (var l = 1; l <= depth; l++)
        {
            columns[l] = network.Weight(l).ToColumnArrays();
            rows[l] = network.Weight(l).ToRowArrays();
        }

        var outputs = new Interval[x.RowCount];
        var bounds = new double[x.RowCount];
        for (var i = 0; i < x.RowCount; i++)
        {
            (outputs[i], bounds[i]) = Sample(network, columns, rows, x.Row(i).ToArray(), radius);
        }

        return new BallEnclosure(radius, outputs, bounds);
    }

    /// <summary>An upper bound on Φ = ½Σ_i(ŷ_i − y_i)² over the ball (y is N×1): at radius 0, Φ(θ₀) ≤ the result (given the assumed σ allowance).</summary>
    public static double LossUpper(BallEnclosure enclosure, Matrix<double> y)
    {
        ArgumentNullException.ThrowIfNull(enclosure);
        ArgumentNullException.ThrowIfNull(y);
        if (y.RowCount != enclosure.Outputs.Count || y.ColumnCount != 1)
        {
            throw new ArgumentException($"Y must be N×1 = {enclosure.Outputs.Count}×1, but is {y.RowCount}×{y.ColumnCount}.", nameof(y));
        }

        var sum = 0.0;
        for (var i = 0; i < y.RowCount; i++)
        {
            sum = AddUp(sum, (enclosure.Outputs[i] - Interval.Point(y[i, 0])).Square().Hi);
        }

        return MulUp(0.5, sum);
    }

    private static (Interval Output, double DeltaSquaredLower) Sample(
        FeedForwardNetwork network, double[][][] columns, double[][][] rows, double[] xi, double radius)
    {
        var depth = network.Depth;
        var activation = network.Activation;
        var z = new Interval[depth][]; // z[l] for l = 1 … L−1
        Interval[] a = [.. xi.Select(Interval.Point)];
        var move = MulUp(radius, NormUpper(a));
        for (var l = 1; l < depth; l++)
        {
            z[l] = [.. columns[l].Select(c => Widen(Interval.Dot(a, c), move))];
            a = [.. z[l].Select(t => ActivationIntervals.Value(activation, t))];
            move = MulUp(radius, NormUpper(a));
        }

        var scale = network.Spec.OutputScale;
        var output = scale * Widen(Interval.Dot(a, columns[depth][0]), move);

        Interval[] delta = [.. Enumerable.Range(0, rows[depth].Length)
            .Select(k => ActivationIntervals.Derivative(activation, z[depth - 1][k]) * (scale * Widen(Interval.Point(rows[depth][k][0]), radius)))];
        for (var l = depth - 2; l >= 1; l--)
        {
            var back = MulUp(radius, NormUpper(delta));
            var upstream = delta;
            delta = [.. Enumerable.Range(0, rows[l + 1].Length)
                .Select(j => ActivationIntervals.Derivative(activation, z[l][j]) * Widen(Interval.Dot(upstream, rows[l + 1][j]), back))];
        }

        var squared = 0.0;
        foreach (var d in delta)
        {
            squared = AddDown(squared, d.Square().Lo);
        }

        return (output, Math.Max(0, squared));
    }

    /// <summary>[Lo − m, Hi + m], outward-rounded (m ≥ 0).</summary>
    private static Interval Widen(Interval t, double m) => m == 0 ? t : t + new Interval(-m, m);

    /// <summary>An upper bound on sup of the Euclidean norm over the box: (Σ_k max|t_k|²)^{1/2}, rounded up.</summary>
    private static double NormUpper(IEnumerable<Interval> box)
    {
        var sum = 0.0;
        foreach (var t in box)
        {
            sum = AddUp(sum, t.Square().Hi);
        }

        return SqrtUp(sum);
    }

    private static void Require(FeedForwardNetwork network, Matrix<double> x, double radius)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(x);
        if (network.Spec.OutputWidth != 1)
        {
            throw new ArgumentException($"The backprop enclosure needs a scalar output (n_L = 1), but n_L = {network.Spec.OutputWidth}.", nameof(network));
        }

        if (network.Depth < 2)
        {
            throw new ArgumentException($"The backprop enclosure needs depth L ≥ 2 (a hidden layer), but L = {network.Depth}.", nameof(network));
        }

        ActivationIntervals.Require(network.Activation);
        if (network.Weights.Any(w => w.Enumerate().Any(v => !double.IsFinite(v))))
        {
            throw new ArgumentException("Every weight must be finite (a diverged run cannot be enclosed).", nameof(network));
        }

        if (x.RowCount < 1 || x.ColumnCount != network.InputDimension || x.Enumerate().Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException(
                $"X must be N×d with N ≥ 1, d = {network.InputDimension} and finite entries, but is {x.RowCount}×{x.ColumnCount}.", nameof(x));
        }

        if (!(radius >= 0 && double.IsFinite(radius)))
        {
            throw new ArgumentException($"The radius must be finite and ≥ 0, but is {radius}.", nameof(radius));
        }

        if (!RoundingIsToNearest())
        {
            throw new InvalidOperationException("The rounding mode is not round-to-nearest, which the outward rounding needs.");
        }
    }
}
