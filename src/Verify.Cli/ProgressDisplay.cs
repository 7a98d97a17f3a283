using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Verify.Core;

namespace Verify.Cli;

/// <summary>
/// Shows the progress of long work: a live progress bar (step and current loss) when the output is an
/// interactive terminal, plain periodic lines otherwise (CI logs, redirected output, tests).
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>Plain mode prints at most one progress line per task in this interval (and always the last step).</summary>
    public static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    public static T Run<T>(TextWriter output, Func<IProgress<ProgressUpdate>, T> work)
    {
        bool terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        if (!terminal)
        {
            return work(new PlainProgress(output));
        }
        T result = default!;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context => result = work(new LiveProgress(context)));
        return result;
    }

    private static string Describe(ProgressUpdate update) =>
        string.Create(CultureInfo.InvariantCulture, $"{update.Task}: step {update.Step}/{update.Total}, {update.Detail}");

    private sealed class PlainProgress(TextWriter output) : IProgress<ProgressUpdate>
    {
        private readonly Dictionary<string, Stopwatch> _lastPrinted = [];

        public void Report(ProgressUpdate value)
        {
            bool last = value.Step >= value.Total;
            lock (_lastPrinted) // instances run in parallel
            {
                if (_lastPrinted.TryGetValue(value.Task, out var clock) && clock.Elapsed < PlainInterval && !last)
                {
                    return;
                }
                _lastPrinted[value.Task] = Stopwatch.StartNew();
                output.WriteLine($"  {Describe(value)}");
            }
        }
    }

    private sealed class LiveProgress(ProgressContext context) : IProgress<ProgressUpdate>
    {
        private readonly Dictionary<string, ProgressTask> _tasks = [];

        public void Report(ProgressUpdate value)
        {
            lock (_tasks) // instances run in parallel
            {
                if (!_tasks.TryGetValue(value.Task, out var task))
                {
                    task = context.AddTask(value.Task);
                    _tasks[value.Task] = task;
                }
                if (value.Step == 0)
                {
                    task.StartTask();
                }
                task.MaxValue = Math.Max(1, value.Total);
                task.Value = value.Step;
                task.Description = Markup.Escape(Describe(value));
            }
        }
    }
}
