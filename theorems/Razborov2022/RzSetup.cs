using MathNet.Numerics.LinearAlgebra;
using Verify.Training;

namespace Verify.Theorems.Razborov2022;

/// <summary>
/// One instance as given: inputs X (n×d), targets y (n×1), the initial network (widths [m, 1], ReLU, output scale κ),
/// the rates η₁ (hidden layer W₁) and η₂ (output layer a), the step cap, and the target loss at which an experiment run
/// stops (null: run every step).
/// </summary>
internal sealed record RzSetup(Matrix<double> Inputs, Matrix<double> Targets, FeedForwardNetwork Initial, double Eta1, double Eta2, int Steps, double? StopBelow = null);
