using Verify.Core;
using Verify.Training;

namespace Verify.Theorems.Common;

/// <summary>Forwards training progress to an instance's progress sink synchronously (unlike <see cref="Progress{T}"/>, which posts to the thread pool).</summary>
internal sealed class TrainingProgressAdapter(IProgress<ProgressUpdate> sink, string task, string lossName) : IProgress<TrainingProgress>
{
    /// <summary>An adapter for the instance's sink, or null when the instance reports no progress; the loss is shown as <paramref name="lossName"/>.</summary>
    public static TrainingProgressAdapter? For(InstanceContext context, string lossName) =>
        context.Progress is null ? null : new TrainingProgressAdapter(context.Progress, $"training #{context.Index}", lossName);

    public void Report(TrainingProgress value) => sink.Report(new ProgressUpdate(task, value.Step, value.TotalSteps,
        $"{lossName} = {NumberFormat.Text(value.SquaredResidualNorm, 4)}"));
}
