using MathNet.Numerics.LinearAlgebra;
using Verify.Training;

namespace Verify.Theorems.NguyenMondelli2020;

/// <summary>
/// One Nguyen–Mondelli instance as given: inputs X (N×d), targets Y (N × n_L), the initial network θ₀ (every layer
/// trained), the step size η (null: the largest the step-size hypothesis allows, 0.99/Q(R + ηG) at θ₀) and the steps.
/// </summary>
internal sealed record NmSetup(Matrix<double> Inputs, Matrix<double> Targets, FeedForwardNetwork Initial, double? StepSize, int Steps);
