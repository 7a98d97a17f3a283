using System.Globalization;
using Verify.Core;
using Verify.Core.Networks;
using Verify.Numerics;
using Verify.Training;

namespace Verify.Theorems.Common;

/// <summary>
/// `verify check` on a setup that no theorem which trains covers: gradient descent on the setup's own network, data,
/// initialisation and step sizes with the general engine, and what it did — Φ per step, each layer's distance from its
/// initialisation (every step in the Frobenius norm, on the log-spaced schedule in the spectral norm), gradient norms and
/// the smallest singular value of each layer's features on the schedule.
/// </summary>
public static class ObservedTrainingRun
{
    public static ObservedTraining Run(ILinearAlgebraBackend backend, UserSetup setup, InstanceContext context)
    {
        var (x, y) = SetupData.Materialize(setup);
        var network = SetupData.InitialNetwork(setup, x.ColumnCount);
        int depth = network.Depth;
        var layers = Enumerable.Range(1, depth).ToList();
        var frobenius = layers.Select(l => new WeightDistanceProbe(l, WeightNorm.Frobenius)).ToList();
        var spectral = layers.Select(l => new WeightDistanceProbe(l, WeightNorm.Spectral)).ToList();
        var gradients = layers.Select(l => new GradientNormProbe(l)).ToList();
        var features = layers.Select(SmallestSingularValueProbe.OfFeatures).ToList();
        var descent = new GradientDescent(backend, network, x, y, setup.Training.StepSizes);
        var trajectory = TrajectoryRunner.Train(descent, setup.Training.Steps, [.. frobenius, .. spectral, .. gradients, .. features],
            TrajectoryOptions.Default, context.Cancellation, TrainingProgressAdapter.For(context, "‖F_L − Y‖²_F"));

        var losses = trajectory.SquaredResidualNorms.Select(r => r / 2).ToList();
        // Every layer's row at one step: the last scheduled step reached (scheduled probes skip a diverged step, and all
        // share one schedule); an every-step series holds step k at index k.
        var scheduled = trajectory.Series(spectral[0]);
        int? at = scheduled.Count > 0 ? scheduled.Steps[^1] : null;
        double Scheduled(IProbe probe) => at is null ? double.NaN : trajectory.Series(probe).Values[^1];
        double EveryStep(IProbe probe) => at is int k ? trajectory.Series(probe).Values[k] : double.NaN;
        var observed = layers.Select(l => new ObservedLayer(
            l,
            setup.Network.Widths[l - 1],
            setup.Training.StepSizes[l - 1],
            network.Weight(l).FrobeniusNorm(),
            EveryStep(frobenius[l - 1]),
            Scheduled(spectral[l - 1]),
            Scheduled(gradients[l - 1]),
            Scheduled(features[l - 1]))).ToList();
        var figures = new List<Figure>
        {
            new("Training loss", "step k", "Φ(k) = ½‖F_L(k) − Y‖²_F", LogY: true, [Series.Of("Φ(k)", SeriesChecks.EveryStep(losses.Count), losses)]),
            PerLayer("Distance of each layer from its initialisation (every step)", "‖W_l(k) − W_l(0)‖_F", trajectory, frobenius),
            PerLayer("Gradient norm of each layer (log-spaced steps)", "‖∂Φ/∂W_l(k)‖_F", trajectory, gradients),
            PerLayer("Smallest singular value of each layer's features (log-spaced steps)", "σ_min(F_l(k))", trajectory, features),
        };
        return new ObservedTraining(setup.Network.ToString(), setup.Training.ToString(), setup.Training.Steps, trajectory.CompletedSteps,
            trajectory.DivergedAtStep, losses[0], losses[^1], at, observed, figures);
    }

    private static Figure PerLayer(string title, string yLabel, Trajectory trajectory, IReadOnlyList<IProbe> probes) =>
        new(title, "step k", yLabel, LogY: true, [.. probes.Select((probe, i) =>
        {
            var series = trajectory.Series(probe);
            return Series.Of(string.Create(CultureInfo.InvariantCulture, $"layer {i + 1}"), [.. series.Steps.Select(k => (double)k)], series.Values);
        })]);
}
