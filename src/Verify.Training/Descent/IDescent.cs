using MathNet.Numerics.LinearAlgebra;
using Verify.Core.Networks;
using Verify.Numerics;

namespace Verify.Training;

/// <summary>
/// Full-batch gradient descent with a constant step size per layer on Φ = ½‖F_L − Y‖²_F, in the layer convention of
/// <see cref="NetworkSpec"/> (W_l is n_{l−1} × n_l). After construction and after each <see cref="Step"/>, every member
/// describes the current iterate W(k). <see cref="Weights"/> returns either the descent's live buffer or, for a descent
/// that stores a layer in another layout, a snapshot of the current iterate refreshed on request; either way read the
/// matrix, never write it, and ask for it again after a step instead of keeping it across steps.
/// </summary>
public interface IDescent
{
    /// <summary>The backend every product runs on.</summary>
    ILinearAlgebraBackend Backend { get; }

    /// <summary>The network's structure (widths, activation, output scale).</summary>
    NetworkSpec Spec { get; }

    /// <summary>X, N×d (rows are samples).</summary>
    Matrix<double> Inputs { get; }

    /// <summary>Y, N × n_L.</summary>
    Matrix<double> Targets { get; }

    /// <summary>The number of weight layers L.</summary>
    int Depth { get; }

    /// <summary>η_l for W_l at index l − 1 (0: the layer is frozen).</summary>
    IReadOnlyList<double> StepSizes { get; }

    /// <summary>The number of steps taken, k.</summary>
    int Iteration { get; }

    /// <summary>‖F_L(k) − Y‖²_F = 2Φ(W(k)).</summary>
    double SquaredResidualNorm { get; }

    /// <summary>
    /// W_l(k) for 1-based <paramref name="layer"/>, n_{l−1} × n_l: the live buffer, or a snapshot of the current iterate
    /// refreshed by this call (the implementation documents which); current until the next step.
    /// </summary>
    Matrix<double> Weights(int layer);

    /// <summary>W_l(0) for 1-based <paramref name="layer"/>, n_{l−1} × n_l.</summary>
    Matrix<double> InitialWeights(int layer);

    /// <summary>One step: W_l(k+1) = W_l(k) − η_l ∂Φ/∂W_l(k) for every layer, then the forward pass at W(k+1).</summary>
    void Step();
}
