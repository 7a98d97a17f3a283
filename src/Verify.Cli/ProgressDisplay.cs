using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Verify.Core;

namespace Verify.Cli;

/// <summary>
/// Shows the progress of long work: a live progress bar (step, current loss and ETA) when the output is an
/// interactive terminal, plain periodic lines otherwise (CI logs, redirected output, tests). The work also gets a
/// log for whole lines: on a terminal they go through Spectre, which prints them above the live bars (a plain
/// Console write would garble them); both the log and the progress may be used from several threads.
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>Plain mode prints at most one progress line per task in this interval (and always the last step).</summary>
    public static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    public static T Run<T>(TextWriter output, Func<IProgress<ProgressUpdate>, Action<string>, T> work)
    {
        bool terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        if (!terminal)
        {
            var writer = TextWriter.Synchronized(output);
            return work(new PlainProgress(writer), writer.WriteLine);
        }
        T result = default!;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var live = new LiveProgress(context);
                result = work(live, live.Log);
            });
        return result;
    }

    private static string Describe(ProgressUpdate update, Eta eta) =>
        eta.Of(update.Task, update.Step, update.Total) is { } left
            ? string.Create(CultureInfo.InvariantCulture, $"{update.Task}: step {update.Step}/{update.Total}, {update.Detail}, {left}")
            : string.Create(CultureInfo.InvariantCulture, $"{update.Task}: step {update.Step}/{update.Total}, {update.Detail}");

    private sealed class PlainProgress(TextWriter output) : IProgress<ProgressUpdate>
    {
        private readonly Dictionary<string, Stopwatch> _lastPrinted = [];
        private readonly Eta _eta = new();

        public void Report(ProgressUpdate value)
        {
            bool last = value.Step >= value.Total;
            lock (_lastPrinted) // instances run in parallel; the writer is synchronized with the log
            {
                string line = Describe(value, _eta); // every update, so the ETA's clock starts at the first
                if (_lastPrinted.TryGetValue(value.Task, out var clock) && clock.Elapsed < PlainInterval && !last)
                {
                    return;
                }
                _lastPrinted[value.Task] = Stopwatch.StartNew();
                output.WriteLine($"  {line}");
            }
        }
    }

    private sealed class LiveProgress(ProgressContext context) : IProgress<ProgressUpdate>
    {
        private readonly Dictionary<string, ProgressTask> _tasks = [];
        private readonly Eta _eta = new();

        public void Log(string line)
        {
            lock (_tasks)
            {
                AnsiConsole.WriteLine(line);
            }
        }

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
                task.Description = Markup.Escape(Describe(value, _eta));
            }
        }
    }
}
