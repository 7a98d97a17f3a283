using Verify.Training;

namespace Verify.Theorems.Chatterjee2022;

/// <summary>
/// Gradient descent x_{k+1} = x_k − η∇f(x_k) with the records of spec §7.7 at every step: f_k, |g_k|, the path length
/// P_k = Σ_{j&lt;k} η|g_j|, the distance D_k = |x_k − x₀| and the allowance on √f_k; the iterates themselves at log-spaced
/// steps (and the last), for the distance to the limit. Stops when f_k &lt; 10⁻²⁰ f₀ (spec §7.7 item 6: below it the float
/// floor, not the theorem, sets the loss), when f_k = 0, or after the step budget.
/// </summary>
internal sealed class CriterionRun
{
    public const double StopFraction = 1e-20;

    public List<double> Losses { get; } = [];

    public List<double> GradientNorms { get; } = [];

    public List<double> Path { get; } = [];

    public List<double> Distances { get; } = [];

    public List<double> RootAllowances { get; } = [];

    /// <summary>|x_k|, for the rounding of the update x_{k+1} = x_k − ηg_k (each coordinate within u of exact).</summary>
    public List<double> IterateNorms { get; } = [];

    /// <summary>The steps whose iterate was kept, and the iterates.</summary>
    public List<(int Step, double[] X)> Kept { get; } = [];

    public double StepSize { get; }

    public string Ending { get; private set; } = "";

    private CriterionRun(double stepSize) => StepSize = stepSize;

    public static CriterionRun Train(ISmoothLoss loss, double[] x0, double eta, int maxSteps, CancellationToken cancellation = default,
        IProgress<TrainingProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentNullException.ThrowIfNull(x0);
        var run = new CriterionRun(eta);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var keep = new HashSet<int>(StepSchedule.LogSpaced(maxSteps, 4));
        double[] x = [.. x0];
        double path = 0;
        for (int k = 0; ; k++)
        {
            cancellation.ThrowIfCancellationRequested();
            double f = loss.Value(x);
            var g = loss.Gradient(x);
            double gNorm = Norm(g);
            run.Losses.Add(f);
            run.GradientNorms.Add(gNorm);
            run.Path.Add(path);
            run.Distances.Add(Distance(x, x0));
            run.RootAllowances.Add(loss.RootAllowance(x));
            run.IterateNorms.Add(Norm(x));
            bool last = !double.IsFinite(f) || f == 0 || f < StopFraction * run.Losses[0] || k == maxSteps;
            if (keep.Contains(k) || last)
            {
                run.Kept.Add((k, [.. x]));
            }
            if (k % 100 == 0)
            {
                progress?.Report(new TrainingProgress(k, maxSteps, f, clock.Elapsed));
            }
            if (last)
            {
                run.Ending = !double.IsFinite(f) ? $"stopped at step {k}: the loss is not finite"
                    : f == 0 ? $"stopped at step {k}: f = 0 (a global minimum)"
                    : f < StopFraction * run.Losses[0] ? $"stopped at step {k}: f_k < 10⁻²⁰ f₀ (spec §7.7: below it rounding sets the loss)"
                    : $"ran the {maxSteps} steps";
                return run;
            }
            for (int i = 0; i < x.Length; i++)
            {
                x[i] -= eta * g[i];
            }
            path += eta * gNorm;
            if (!x.All(double.IsFinite))
            {
                run.Ending = $"diverged: a coordinate of x_{k + 1} is not finite (f_{k} = {Verify.Core.NumberFormat.Text(f)})";
                return run;
            }
        }
    }

    internal static double Norm(double[] v) => Math.Sqrt(v.Sum(t => t * t));

    internal static double Distance(double[] a, double[] b)
    {
        double sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.Sqrt(sum);
    }
}
