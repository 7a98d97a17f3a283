using Verify.Numerics;

namespace Verify.Training;

/// <summary>
/// ‖W_l(k) − W_l(0)‖ in the Frobenius norm (every step, allocation-free, squares summed unscaled) or the spectral norm
/// (on the schedule: the largest singular value of the difference, which is allocated).
/// </summary>
public sealed class WeightDistanceProbe(int layer, WeightNorm norm) : LayerProbe(layer)
{
    /// <summary>Which norm.</summary>
    public WeightNorm Norm => norm;

    /// <inheritdoc/>
    public override string Name => norm == WeightNorm.Frobenius ? $"‖W{Layer}(k) − W{Layer}(0)‖_F" : $"‖W{Layer}(k) − W{Layer}(0)‖₂";

    /// <inheritdoc/>
    public override ProbeCadence Cadence => norm == WeightNorm.Frobenius ? ProbeCadence.EveryStep : ProbeCadence.Scheduled;

    private protected override Func<ProbeValue> Measurement(IDescent descent)
    {
        var initial = descent.InitialWeights(Layer);
        if (norm == WeightNorm.Frobenius)
        {
            return () => new ProbeValue(FrobeniusDistance(descent.Weights(Layer).AsColumnMajorArray(), initial.AsColumnMajorArray()));
        }

        return () => new ProbeValue(descent.Backend.SingularValues(descent.Weights(Layer) - initial)[0]);
    }

    private static double FrobeniusDistance(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            var diff = a[i] - b[i];
            sum += diff * diff;
        }

        return Math.Sqrt(sum);
    }
}

/// <summary>A matrix norm of a weight difference.</summary>
public enum WeightNorm
{
    /// <summary>‖A‖_F = (Σ aᵢⱼ²)^½.</summary>
    Frobenius,

    /// <summary>‖A‖₂, the largest singular value.</summary>
    Spectral,
}
