using MathNet.Numerics.LinearAlgebra;
using Verify.Core.Networks;
using Verify.Numerics;

namespace Verify.Training;

/// <summary>
/// A feed-forward network without biases in the layer convention of <see cref="NetworkSpec"/>: F₀ = X (N×d, rows are
/// samples), F_l = σ(F_{l−1} W_l) for l = 1 … L−1, F_L = s·F_{L−1} W_L, with one weight matrix W_l of shape
/// n_{l−1} × n_l per layer (n₀ = d). The constructor checks every shape and that every weight is finite, and copies the
/// weights; treat <see cref="Weights"/> as read-only (a descent shares W(0) with its initial network).
/// </summary>
public sealed class FeedForwardNetwork
{
    private readonly Matrix<double>[] _weights;

    /// <summary>A network of structure <paramref name="spec"/> with weights <paramref name="weights"/> (copied), W₁ being d×n₁.</summary>
    /// <exception cref="ArgumentException">A count, shape or non-finite weight that does not fit the spec; the message names it.</exception>
    public FeedForwardNetwork(NetworkSpec spec, IReadOnlyList<Matrix<double>> weights)
        : this(spec, Validate(spec, weights).Select(Matrix<double>.Build.DenseOfMatrix).ToArray())
    {
    }

    private FeedForwardNetwork(NetworkSpec spec, Matrix<double>[] weights)
    {
        Spec = spec;
        Activation = Activation.Of(spec.Activation);
        _weights = weights;
    }

    /// <summary>The structure: widths, activation, output scale.</summary>
    public NetworkSpec Spec { get; }

    /// <summary>The activation σ of the hidden layers.</summary>
    public Activation Activation { get; }

    /// <summary>The number of weight layers L.</summary>
    public int Depth => _weights.Length;

    /// <summary>The input dimension d = n₀.</summary>
    public int InputDimension => _weights[0].RowCount;

    /// <summary>W₁, …, W_L (index l − 1 holds W_l, n_{l−1} × n_l).</summary>
    public IReadOnlyList<Matrix<double>> Weights => _weights;

    /// <summary>W_l for 1-based <paramref name="layer"/>.</summary>
    public Matrix<double> Weight(int layer)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(layer, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(layer, Depth);
        return _weights[layer - 1];
    }

    /// <summary>Weights drawn by <paramref name="init"/>'s scheme for input dimension <paramref name="d"/> (see <see cref="WeightSchemes"/>).</summary>
    public static FeedForwardNetwork Initialize(NetworkSpec spec, int d, SchemeInit init)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(init);
        ArgumentOutOfRangeException.ThrowIfLessThan(d, 1);
        return new FeedForwardNetwork(spec, Validate(spec, WeightSchemes.Draw(spec, d, init)).ToArray());
    }

    /// <summary>A network over <paramref name="weights"/> without copying them: the caller hands them over (shapes are checked, finiteness not).</summary>
    internal static FeedForwardNetwork Wrap(NetworkSpec spec, Matrix<double>[] weights)
    {
        CheckShapes(spec, weights);
        return new FeedForwardNetwork(spec, weights);
    }

    /// <summary>
    /// The features F₀ = X, F₁, …, F_L for the rows of <paramref name="x"/> (N×d): per layer one GEMM, Z_l = F_{l−1}W_l,
    /// then σ in place; the output layer's scale s is the GEMM's alpha. Allocates.
    /// </summary>
    public IReadOnlyList<Matrix<double>> Features(ILinearAlgebraBackend backend, Matrix<double> x)
    {
        ArgumentNullException.ThrowIfNull(backend);
        RequireInputs(x);
        var features = new Matrix<double>[Depth + 1];
        features[0] = x;
        for (var l = 1; l <= Depth; l++)
        {
            var f = Matrix<double>.Build.Dense(x.RowCount, Spec.Widths[l - 1]);
            bool output = l == Depth;
            backend.Gemm(false, false, output ? Spec.OutputScale : 1.0, features[l - 1], Weight(l), 0.0, f);
            if (!output)
            {
                Activation.Values(f.AsColumnMajorArray(), f.AsColumnMajorArray());
            }

            features[l] = f;
        }

        return features;
    }

    /// <summary>The outputs F_L (N × n_L) for the rows of <paramref name="x"/>. Allocates.</summary>
    public Matrix<double> Outputs(ILinearAlgebraBackend backend, Matrix<double> x) => Features(backend, x)[Depth];

    /// <summary>Throws unless <paramref name="x"/> is N×d with N ≥ 1 and d this network's input dimension.</summary>
    internal void RequireInputs(Matrix<double> x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.RowCount < 1 || x.ColumnCount != InputDimension)
        {
            throw new ArgumentException(
                $"X must be N×d with N ≥ 1 and d = {InputDimension} (the network's input dimension), but is {x.RowCount}×{x.ColumnCount}.",
                nameof(x));
        }
    }

    private static IReadOnlyList<Matrix<double>> Validate(NetworkSpec spec, IReadOnlyList<Matrix<double>> weights)
    {
        CheckShapes(spec, weights);
        for (var l = 1; l <= weights.Count; l++)
        {
            foreach (var value in weights[l - 1].Enumerate())
            {
                if (!double.IsFinite(value))
                {
                    throw new ArgumentException($"W_{l} has a non-finite entry ({value}); every weight must be finite.", nameof(weights));
                }
            }
        }

        return weights;
    }

    private static void CheckShapes(NetworkSpec spec, IReadOnlyList<Matrix<double>> weights)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(weights);
        _ = Activation.Of(spec.Activation);
        if (spec.Depth < 1 || spec.Widths.Any(w => w < 1))
        {
            throw new ArgumentException($"A network needs at least one layer and every width ≥ 1, but the widths are [{string.Join(", ", spec.Widths)}].", nameof(spec));
        }

        if (!double.IsFinite(spec.OutputScale))
        {
            throw new ArgumentException($"The output scale must be finite, but is {spec.OutputScale}.", nameof(spec));
        }

        if (weights.Count != spec.Depth)
        {
            throw new ArgumentException($"The spec has {spec.Depth} layers but {weights.Count} weight matrices were given.", nameof(weights));
        }

        if (weights[0] is null || weights[0].RowCount < 1)
        {
            throw new ArgumentException("W_1 must have at least one row (the input dimension d ≥ 1).", nameof(weights));
        }

        var d = weights[0].RowCount;
        for (var l = 1; l <= spec.Depth; l++)
        {
            var (rows, columns) = spec.WeightShape(l, d);
            var w = weights[l - 1];
            if (w is null || w.RowCount != rows || w.ColumnCount != columns)
            {
                var actual = w is null ? "missing" : $"{w.RowCount}×{w.ColumnCount}";
                throw new ArgumentException($"W_{l} must be n_{l - 1} × n_{l} = {rows}×{columns}, but is {actual}.", nameof(weights));
            }
        }
    }
}
