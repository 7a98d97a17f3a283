using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Verify.PeerBench;

/// <summary>A command run under GNU time (<c>/usr/bin/time -v</c>): its exit code, wall-clock time and peak resident set.</summary>
/// <param name="ExitCode">The command's exit code.</param>
/// <param name="WallSeconds">"Elapsed (wall clock) time" in seconds.</param>
/// <param name="PeakRssBytes">"Maximum resident set size" in bytes.</param>
/// <param name="LastLines">The last lines the command printed on stdout.</param>
internal sealed partial record TimedProcess(int ExitCode, double WallSeconds, long PeakRssBytes, IReadOnlyList<string> LastLines)
{
    public const string GnuTime = "/usr/bin/time";

    /// <summary>Runs <paramref name="command"/> under GNU time, without the environment variables <paramref name="unset"/>.</summary>
    public static TimedProcess Run(IReadOnlyList<string> command, IReadOnlyList<string>? unset = null)
    {
        var start = new ProcessStartInfo(GnuTime)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var name in unset ?? [])
        {
            start.Environment.Remove(name);
        }

        start.ArgumentList.Add("-v");
        foreach (var argument in command)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {GnuTime}");
        var stderr = process.StandardError.ReadToEndAsync();
        var lines = new Queue<string>();
        while (process.StandardOutput.ReadLine() is { } line)
        {
            lines.Enqueue(line);
            if (lines.Count > 4)
            {
                lines.Dequeue();
            }
        }

        process.WaitForExit();
        var report = stderr.GetAwaiter().GetResult();
        return new TimedProcess(
            process.ExitCode,
            Wall(WallPattern().Match(report)),
            long.Parse(RssPattern().Match(report).Groups[1].Value, CultureInfo.InvariantCulture) * 1024,
            [.. lines]);
    }

    /// <summary>GNU time prints h:mm:ss or m:ss.ss.</summary>
    private static double Wall(Match match)
    {
        if (!match.Success)
        {
            throw new InvalidOperationException("GNU time printed no wall-clock time");
        }

        return match.Groups[1].Value.Split(':').Aggregate(0.0, (total, part) => (total * 60) + double.Parse(part, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([0-9:.]+)")]
    private static partial Regex WallPattern();

    [GeneratedRegex(@"Maximum resident set size \(kbytes\): (\d+)")]
    private static partial Regex RssPattern();
}
