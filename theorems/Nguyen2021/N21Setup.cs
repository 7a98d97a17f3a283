using MathNet.Numerics.LinearAlgebra;
using Verify.Training;

namespace Verify.Theorems.Nguyen2021;

/// <summary>
/// One Nguyen 2021 instance as given: inputs X (N×d), targets Y (N × n_L), the initial network θ₀ (every layer trained),
/// the step size η (null: 0.99 × the bound of (H3)) and the steps.
/// </summary>
internal sealed record N21Setup(Matrix<double> Inputs, Matrix<double> Targets, FeedForwardNetwork Initial, double? StepSize, int Steps);
