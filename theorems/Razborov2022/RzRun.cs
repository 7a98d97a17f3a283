using MathNet.Numerics.LinearAlgebra;
using Verify.Core;
using Verify.Numerics;
using Verify.Theorems.Common;
using Verify.Training;

namespace Verify.Theorems.Razborov2022;

/// <summary>
/// A two-rate GD run (<see cref="GradientDescent"/> with step sizes [η₁, η₂]) recorded at every step: ‖u − y‖², ‖W₁(k) − W₁(0)‖_F
/// and ‖a(k) − a(0)‖₂, and at steps 0, 1, 2, 4, … and the last the features F_k = κσ(XW₁(k)): enclosures of σ_n(F_k) (when
/// m ≥ n) and of ‖F_k‖₂. It stops at the cap, at divergence (a loss not finite or above 10⁶ × the initial one), or, for an
/// experiment, once ‖u − y‖² falls below the setup's target.
/// </summary>
internal sealed record RzRun(
    IReadOnlyList<double> SquaredResiduals,
    IReadOnlyList<double> HiddenDistances,
    IReadOnlyList<double> OutputDistances,
    int? DivergedAt,
    int? ReachedTargetAt,
    Matrix<double> FinalHidden,
    Matrix<double> FinalOutput,
    IReadOnlyList<(int Step, Enclosure Smallest)> FeatureSmallest,
    IReadOnlyList<(int Step, Enclosure Norm)> FeatureNorms)
{
    private const string AssemblyNote = "F_k as computed vs exact: the GEMM's rounding times κ, plus κ's product";

    /// <summary>
    /// σ_n(F_k) (null when m &lt; n) and ‖F_k‖₂, F_k = κσ(XW₁(k)), each enclosed for the computed matrix and widened by its
    /// forward error (<see cref="FeatureEnclosure.ScaledRelu"/>), as <see cref="RzAnalysis"/> does at step 0.
    /// </summary>
    private static (Enclosure? Smallest, Enclosure Norm) Features(ILinearAlgebraBackend backend, Matrix<double> x, Matrix<double> w1, double kappa)
    {
        var (f, allowance) = FeatureEnclosure.ScaledRelu(backend, x, w1, kappa);
        var smallest = w1.ColumnCount < x.RowCount ? null : SingularValueEnclosures.Smallest(backend, f, allowance, AssemblyNote);
        return (smallest, SingularValueEnclosures.Norm2(backend, f, allowance, AssemblyNote));
    }

    public int Steps => SquaredResiduals.Count - 1;

    /// <summary>‖a − b‖_F without allocating.</summary>
    private static double Distance(Matrix<double> a, Matrix<double> b)
    {
        var x = a.AsColumnMajorArray();
        var y = b.AsColumnMajorArray();
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i] - y[i];
            sum += v * v;
        }
        return Math.Sqrt(sum);
    }

    public static RzRun Train(ILinearAlgebraBackend backend, RzSetup setup, InstanceContext context)
    {
        var descent = new GradientDescent(backend, setup.Initial, setup.Inputs, setup.Targets, [setup.Eta1, setup.Eta2]);
        var w0 = setup.Initial.Weight(1);
        var a0 = setup.Initial.Weight(2);
        var losses = new List<double> { descent.SquaredResidualNorm };
        var hidden = new List<double> { 0 };
        var output = new List<double> { 0 };
        var progress = TrainingProgressAdapter.For(context, "‖u − y‖²");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        int? diverged = null, reached = setup.StopBelow is double t0 && descent.SquaredResidualNorm < t0 ? 0 : null;
        double threshold = 1e6 * Math.Max(descent.SquaredResidualNorm, double.Epsilon);
        double kappa = setup.Initial.Spec.OutputScale;
        var smallest = new List<(int Step, Enclosure Smallest)>();
        var norms = new List<(int Step, Enclosure Norm)>();
        void Record(int step)
        {
            var (least, norm) = Features(backend, setup.Inputs, descent.Weights(1), kappa);
            if (least is not null)
            {
                smallest.Add((step, least));
            }
            norms.Add((step, norm));
        }
        Record(0);
        int nextRecord = 1;
        for (int k = 1; k <= setup.Steps && reached is null; k++)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            descent.Step();
            double loss = descent.SquaredResidualNorm;
            losses.Add(loss);
            hidden.Add(Distance(descent.Weights(1), w0));
            output.Add(Distance(descent.Weights(2), a0));
            if (!double.IsFinite(loss) || loss > threshold)
            {
                diverged = k;
                break;
            }
            if (k == nextRecord)
            {
                Record(k);
                nextRecord *= 2;
            }
            if (setup.StopBelow is double target && loss < target)
            {
                reached = k;
            }
            if (progress is not null && clock.Elapsed - lastReport > TimeSpan.FromSeconds(1))
            {
                lastReport = clock.Elapsed;
                progress.Report(new TrainingProgress(k, setup.Steps, loss, clock.Elapsed));
            }
        }
        progress?.Report(new TrainingProgress(losses.Count - 1, setup.Steps, losses[^1], clock.Elapsed));
        int last = losses.Count - 1;
        if (diverged is null && norms[^1].Step != last)
        {
            Record(last);
        }
        return new RzRun(losses, hidden, output, diverged, reached,
            Matrix<double>.Build.DenseOfMatrix(descent.Weights(1)), Matrix<double>.Build.DenseOfMatrix(descent.Weights(2)), smallest, norms);
    }
}

/// <summary>The "beyond the NTK regime" indicators of spec §5 (protocol [P]) at the end of a run.</summary>
internal sealed record RzIndicators(
    double HiddenMovement,
    double OutputMovement,
    double PatternFlips,
    double KernelDrift,
    double ObservedFactor,
    double KernelFactor,
    double LambdaMinK0,
    double LambdaMaxK0)
{
    public static RzIndicators Of(ILinearAlgebraBackend backend, RzSetup setup, RzRun run)
    {
        var x = setup.Inputs;
        var network = setup.Initial;
        double kappa = network.Spec.OutputScale;
        var w0 = network.Weight(1);
        var a0 = RzModel.OutputWeights(network);
        var a1 = run.FinalOutput.Column(0).ToArray();
        var k0 = Kernel(backend, x, w0, a0, kappa, setup);
        var k1 = Kernel(backend, x, run.FinalHidden, a1, kappa, setup);
        var z0 = RzModel.PreActivations(backend, x, w0);
        var z1 = RzModel.PreActivations(backend, x, run.FinalHidden);
        int flips = 0;
        for (int i = 0; i < z0.RowCount; i++)
        {
            for (int r = 0; r < z0.ColumnCount; r++)
            {
                flips += (z0[i, r] >= 0) != (z1[i, r] >= 0) ? 1 : 0;
            }
        }
        var values0 = backend.SymmetricEigenvalues(k0);
        double norm0 = values0.Select(Math.Abs).Max();
        var drift = backend.SymmetricEigenvalues(k1 - k0).Select(Math.Abs).Max() / norm0;
        int steps = run.Steps;
        double observed = steps < 1 || !(run.SquaredResiduals[0] > 0)
            ? double.NaN
            : Math.Exp((Math.Log(run.SquaredResiduals[steps]) - Math.Log(run.SquaredResiduals[0])) / (2.0 * steps));
        return new RzIndicators(
            run.HiddenDistances[^1] / w0.FrobeniusNorm(),
            run.OutputDistances[^1] / Math.Max(network.Weight(2).FrobeniusNorm(), double.Epsilon),
            flips / (double)(z0.RowCount * z0.ColumnCount),
            drift,
            observed,
            1 - values0.Min(),
            values0.Min(),
            values0.Max());
    }

    /// <summary>K = η₁H + η₂G at (W₁, a).</summary>
    public static Matrix<double> Kernel(ILinearAlgebraBackend backend, Matrix<double> x, Matrix<double> w1, IReadOnlyList<double> a, double kappa, RzSetup setup) =>
        setup.Eta1 * RzModel.FirstLayerKernel(backend, x, w1, a, kappa) + setup.Eta2 * RzModel.OutputKernel(backend, x, w1, kappa);

    /// <summary>Observed per-step factor over the kernel's prediction 1 − λ_min(K₀) (spec §5's ratio).</summary>
    public double FactorRatio => ObservedFactor / KernelFactor;

    /// <summary>
    /// The indicators as parameters: the movements, flips, drift and factor ratio only when the run converged (spec §5:
    /// "recorded when converged"), otherwise text with the value at the stop; K₀'s spectrum and the prediction always.
    /// </summary>
    public IEnumerable<Parameter> AsParameters(bool converged)
    {
        Parameter WhenConverged(string name, double value) => converged
            ? Parameter.Number(name, value)
            : Parameter.TextOnly(name, $"not recorded: not converged (at the stop {NumberFormat.Text(value)})");
        return
        [
            WhenConverged(HiddenMovementName, HiddenMovement),
            WhenConverged(OutputMovementName, OutputMovement),
            WhenConverged(PatternFlipsName, PatternFlips),
            WhenConverged(KernelDriftName, KernelDrift),
            WhenConverged(FactorRatioName, FactorRatio),
            Parameter.Number("observed factor (‖e_K‖/‖e₀‖)^(1/K)", ObservedFactor),
            Parameter.Number("kernel prediction 1 − λ_min(K₀)", KernelFactor),
            Parameter.Number("λ_min(K₀)", LambdaMinK0),
            Parameter.Number("λ_max(K₀)", LambdaMaxK0),
            Parameter.Number(BeyondNtkName, converged && KernelDrift > BeyondNtkDrift ? 1 : 0),
        ];
    }

    /// <summary>Spec §5's "O(1)" example threshold of the kernel drift.</summary>
    public const double BeyondNtkDrift = 0.3;

    public const string ConvergedName = "converged (1 = yes)";

    public const string StepsName = "steps to ε";

    public const string HiddenMovementName = "‖W₁(K) − W₁(0)‖_F/‖W₁(0)‖_F";

    public const string OutputMovementName = "‖a(K) − a(0)‖/‖a(0)‖";

    public const string PatternFlipsName = "pattern-flip fraction";

    public const string KernelDriftName = "kernel drift ‖K_K − K₀‖₂/‖K₀‖₂";

    public const string FactorRatioName = "observed factor / (1 − λ_min(K₀))";

    public const string BeyondNtkName = "beyond NTK (converged, drift > 0.3)";

    /// <summary>The experiment's measurements (protocol [P]) as a sweep tabulates them, in order.</summary>
    public static IReadOnlyList<string> Measured { get; } =
        [ConvergedName, StepsName, HiddenMovementName, OutputMovementName, PatternFlipsName, KernelDriftName, FactorRatioName, BeyondNtkName];
}
