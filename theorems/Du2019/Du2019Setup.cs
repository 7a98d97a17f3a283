using MathNet.Numerics.LinearAlgebra;
using Verify.Training;

namespace Verify.Theorems.Du2019;

/// <summary>
/// Everything one Du et al. 2019 instance is made of: data, the initial network, the step size (null:
/// the paper's η = λ₀/(4n²) with λ₀'s lower bound), the number of steps, δ, the label bound C, and the seed
/// the initial network was drawn from (null when the weights were given).
/// </summary>
internal sealed record Du2019Setup(
    Matrix<double> Inputs,
    Vector<double> Labels,
    TwoLayerReluNetwork Initial,
    double? StepSize,
    int Steps,
    double Delta,
    double LabelBound,
    ulong? InitSeed);
