using Verify.Core;
using Verify.Core.Networks;
using Verify.Training;

namespace Verify.Theorems.NguyenMondelli2020;

/// <summary>Assumptions 2.1 (topology, from the widths) and 2.2 (activation, from its proven properties) as evidence.</summary>
internal static class AssumptionChecks
{
    /// <summary>n₁ ≥ N.</summary>
    public static Evidence WideFirstLayer(NetworkSpec network, int n) =>
        Evidence.Compare(network.Widths[0], Relation.GreaterOrEqual, n, $"n₁ = {network.Widths[0]}, N = {n}"
            + (network.Widths[0] < n ? ": F₁ (N × n₁) has rank ≤ n₁ < N, so λ_F = σ_N(F₁) = 0" : ""));

    /// <summary>n₂ ≥ n₃ ≥ … ≥ n_L; value = the largest increase max_l (n_l − n_{l−1}) over l = 3 … L, which must be ≤ 0.</summary>
    public static Evidence Pyramidal(NetworkSpec network)
    {
        var widths = network.Widths;
        int worst = 0, at = -1;
        for (int l = 3; l <= widths.Count; l++)
        {
            int increase = widths[l - 1] - widths[l - 2];
            if (at < 0 || increase > worst)
            {
                (worst, at) = (increase, l);
            }
        }
        if (at < 0)
        {
            return Evidence.Compare(0, Relation.LessOrEqual, 0, $"L = {widths.Count}: no layer after the second, nothing to order");
        }
        string note = worst > 0
            ? $"n_{at} = {widths[at - 1]} > n_{at - 1} = {widths[at - 2]}: W_{at} is wide, so σ_{{n_{at}}}(W_{at}) = 0"
            : $"widths n₂ … n_L = {string.Join(", ", widths.Skip(1))}";
        return Evidence.Compare(worst, Relation.LessOrEqual, 0, $"value = max_l (n_l − n_{{l−1}}), l ≥ 3; {note}");
    }

    /// <summary>γ = inf σ′ &gt; 0 and sup σ′ ≤ 1.</summary>
    public static Evidence DerivativeRange(Activation activation)
    {
        var p = activation.Properties;
        string range = $"σ′ ∈ [{Format(p.InfDerivative)}, {Format(p.SupDerivative)}] for {activation}";
        if (p.SupDerivative > 1)
        {
            return Evidence.Decided(p.SupDerivative, Relation.LessOrEqual, 1, Verdict.Fail, $"{range}: sup σ′ > 1");
        }
        return Evidence.Compare(p.InfDerivative, Relation.Greater, 0, p.InfDerivative > 0
            ? $"{range}: γ = {Format(p.InfDerivative)}"
            : $"{range}: inf σ′ = 0 (σ′ → 0 where σ saturates or is flat, as for tanh, sigmoid and softplus as x → ±∞, or ReLU for x < 0), so no γ > 0 bounds σ′ below and the PL constant γ^{{L−2}} vanishes");
    }

    /// <summary>|σ(x)| ≤ |x| for all x (value = σ(0), which must be 0 for it; the proven flag decides).</summary>
    public static Evidence BoundedByIdentity(Activation activation)
    {
        var p = activation.Properties;
        string note = p.BoundedByIdentity
            ? $"|σ(x)| ≤ |x| is a proven property of {activation}"
            : $"|σ(x)| ≤ |x| fails for {activation}" + (p.ValueAtZero != 0 ? $": σ(0) = {Format(p.ValueAtZero)} ≠ 0 (e.g. sigmoid ½, softplus log 2)" : "");
        return Evidence.Decided(p.ValueAtZero, Relation.LessOrEqual, 0, p.BoundedByIdentity ? Verdict.Pass : Verdict.Fail, $"value = |σ(0)|; {note}");
    }

    /// <summary>σ is C² with β = sup |σ″| finite.</summary>
    public static Evidence LipschitzDerivative(Activation activation)
    {
        var p = activation.Properties;
        if (!p.Smooth || !double.IsFinite(p.SupAbsSecondDerivative))
        {
            return Evidence.Decided(double.PositiveInfinity, Relation.Less, double.PositiveInfinity, Verdict.Fail,
                $"{activation} is not C² (e.g. ReLU has a kink at 0): σ′ is not Lipschitz, no finite β");
        }
        return Evidence.Decided(p.SupAbsSecondDerivative, Relation.GreaterOrEqual, 0, Verdict.Pass,
            $"value = β = sup |σ″| = {Format(p.SupAbsSecondDerivative)} for {activation}: finite, σ is C²");
    }

    private static string Format(double value) => NumberFormat.Text(value);
}
