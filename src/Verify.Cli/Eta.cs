using System.Diagnostics;
using System.Globalization;

namespace Verify.Cli;

/// <summary>
/// The estimated time left of each progress task, from its elapsed time and steps done (linear: the steps of one
/// task cost about the same). Not thread-safe: the progress displays call it under their lock.
/// </summary>
internal sealed class Eta
{
    private readonly Dictionary<string, (Stopwatch Clock, int FirstStep)> _starts = [];

    /// <summary>"ETA 1m20s", or null before there is anything to extrapolate from, and once the task is done.</summary>
    public string? Of(string task, int step, int total)
    {
        if (!_starts.TryGetValue(task, out var start) || step < start.FirstStep)
        {
            _starts[task] = (Stopwatch.StartNew(), step);
            return null;
        }
        int done = step - start.FirstStep;
        if (done <= 0 || step >= total)
        {
            return null;
        }
        var left = start.Clock.Elapsed * ((double)(total - step) / done);
        return $"ETA {Format(left)}";
    }

    /// <summary>"45s", "1m20s", "2h05m".</summary>
    public static string Format(TimeSpan time)
    {
        long seconds = (long)Math.Ceiling(Math.Max(0, time.TotalSeconds));
        return seconds switch
        {
            < 60 => string.Create(CultureInfo.InvariantCulture, $"{seconds}s"),
            < 3600 => string.Create(CultureInfo.InvariantCulture, $"{seconds / 60}m{seconds % 60:00}s"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600}h{seconds % 3600 / 60:00}m"),
        };
    }
}
