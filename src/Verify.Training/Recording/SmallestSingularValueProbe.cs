using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics;

namespace Verify.Training;

/// <summary>
/// The smallest singular value of the features F_l(k), σ_N (N × n_l, l = 0 … L; F₀ = X; 0 when n_l &lt; N: the rows cannot
/// be independent), or of the weights W_l(k), σ_min = σ_{min(r, c)} (l = 1 … L), on the schedule, with the error bound 8·max(r, c)·ε·σ_max: a backward-stable SVD returns
/// the exact singular values of A + E with ‖E‖₂ a modest multiple of max(r, c)·ε·‖A‖₂, and singular values move by at
/// most ‖E‖₂ (Weyl) — about the matrix as computed (the features' own rounding is not included).
/// </summary>
public sealed class SmallestSingularValueProbe : LayerProbe
{
    private readonly bool _features;

    private SmallestSingularValueProbe(int layer, bool features)
        : base(layer, features ? 0 : 1) => _features = features;

    /// <summary>σ_N(F_l(k)) for l = 0 … L (0 when n_l &lt; N).</summary>
    public static SmallestSingularValueProbe OfFeatures(int layer) => new(layer, features: true);

    /// <summary>σ_min(W_l(k)) for l = 1 … L.</summary>
    public static SmallestSingularValueProbe OfWeights(int layer) => new(layer, features: false);

    /// <inheritdoc/>
    public override string Name => _features ? $"σ_min(F{Layer}(k))" : $"σ_min(W{Layer}(k))";

    /// <inheritdoc/>
    public override ProbeCadence Cadence => ProbeCadence.Scheduled;

    /// <inheritdoc/>
    public override bool HasErrorBounds => true;

    private protected override Func<ProbeValue> Measurement(IDescent descent) => () =>
    {
        var matrix = _features
            ? descent.CurrentNetwork().Features(descent.Backend, descent.Inputs)[Layer]
            : descent.Weights(Layer);
        return Smallest(descent.Backend, matrix, rowRank: _features);
    };

    private static ProbeValue Smallest(ILinearAlgebraBackend backend, Matrix<double> matrix, bool rowRank)
    {
        var values = backend.SingularValues(matrix);
        var bound = Spectral.EigenvalueErrorBound(Math.Max(matrix.RowCount, matrix.ColumnCount), values[0]);
        return new ProbeValue(rowRank && matrix.ColumnCount < matrix.RowCount ? 0 : values[^1], bound);
    }
}
