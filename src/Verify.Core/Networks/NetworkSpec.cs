using System.Globalization;

namespace Verify.Core.Networks;

/// <summary>
/// A feed-forward network without biases, by structure: F₀ = X (N × d, rows are samples), F_l = σ(F_{l−1} W_l) for
/// l = 1 … L−1, and the linear output F_L = s · F_{L−1} W_L, with W_l of shape n_{l−1} × n_l, n₀ = d,
/// <see cref="Widths"/> = [n₁, …, n_L] and s = <see cref="OutputScale"/>: layers l &lt; L apply <see cref="Activation"/>,
/// the output layer is linear. The loss is Φ = ½‖F_L − Y‖²_F. (A record holding a list: compare networks by their
/// members, not with ==.)
/// </summary>
public sealed record NetworkSpec(IReadOnlyList<int> Widths, ActivationSpec Activation, double OutputScale = 1.0)
{
    /// <summary>The number of weight layers L.</summary>
    public int Depth => Widths.Count;

    /// <summary>n_L, the number of outputs per sample (target columns).</summary>
    public int OutputWidth => Widths[^1];

    /// <summary>The shape n_{l−1} × n_l of W_l (1-based <paramref name="layer"/>) for input dimension <paramref name="d"/>.</summary>
    public (int Rows, int Columns) WeightShape(int layer, int d) => (layer == 1 ? d : Widths[layer - 2], Widths[layer - 1]);

    /// <summary>Σ_l n_{l−1} n_l: the number of trainable weights for input dimension <paramref name="d"/>.</summary>
    public long ParameterCount(int d) => Enumerable.Range(1, Depth).Sum(l => (long)WeightShape(l, d).Rows * WeightShape(l, d).Columns);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"widths [{string.Join(", ", Widths)}], {Activation}, output scale {NumberFormat.Text(OutputScale)}");
}
