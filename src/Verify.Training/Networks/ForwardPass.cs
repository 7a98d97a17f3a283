using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics;

namespace Verify.Training;

/// <summary>One layer of the forward pass into caller-owned buffers, shared by the network and the descent.</summary>
internal static class ForwardPass
{
    /// <summary>
    /// Z_l = F_{l−1} W_l into <paramref name="preActivations"/> (one GEMM), then F_l = σ(Z_l) into
    /// <paramref name="features"/> for a hidden layer, or F_L = s·Z_L for the output layer (the scale applied by the GEMM's
    /// alpha). <paramref name="features"/> may be the same matrix as <paramref name="preActivations"/>. Allocates nothing.
    /// </summary>
    public static void Layer(
        ILinearAlgebraBackend backend,
        FeedForwardNetwork network,
        int layer,
        Matrix<double> input,
        Matrix<double> preActivations,
        Matrix<double> features) =>
        Layer(backend, network.Activation, network.Spec.OutputScale, layer == network.Depth, network.Weight(layer), input, preActivations, features);

    /// <summary>The same for a weight matrix <paramref name="w"/> given directly.</summary>
    public static void Layer(
        ILinearAlgebraBackend backend,
        Activation activation,
        double outputScale,
        bool isOutput,
        Matrix<double> w,
        Matrix<double> input,
        Matrix<double> preActivations,
        Matrix<double> features)
    {
        if (isOutput)
        {
            backend.Gemm(false, false, outputScale, input, w, 0.0, features);
            return;
        }

        backend.Gemm(false, false, 1.0, input, w, 0.0, preActivations);
        activation.Values(preActivations.AsColumnMajorArray(), features.AsColumnMajorArray());
    }
}
