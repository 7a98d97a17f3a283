using System.Globalization;

namespace Verify.Benchmarks;

/// <summary>
/// How busy the rest of the machine was over an interval: the CPU time of all processes (/proc/stat, steal included)
/// minus that of this process and of the peer (/proc/PID/stat), as a share of the machine's capacity. A side-by-side
/// comparison is only as good as this number is low.
/// </summary>
internal sealed class LoadMeter
{
    private readonly int[] _ownProcesses;
    private readonly (double Busy, double Total)? _start;
    private readonly double _ownStart;

    public LoadMeter(params int[] ownProcesses)
    {
        _ownProcesses = [Environment.ProcessId, .. ownProcesses];
        _start = Machine();
        _ownStart = Own();
    }

    /// <summary>The share (0–1) of all CPUs used by other processes since construction, or null without /proc.</summary>
    public double? OthersShare()
    {
        if (_start is not { } start || Machine() is not { } end || end.Total <= start.Total)
        {
            return null;
        }

        var others = (end.Busy - start.Busy) - (Own() - _ownStart);
        return Math.Clamp(others / (end.Total - start.Total), 0.0, 1.0);
    }

    public string Describe() =>
        OthersShare() is { } share
            ? $"other processes used {share * 100:F0}% of the CPUs"
            : "load of other processes unknown";

    /// <summary>Busy and total ticks over all CPUs: user nice system idle iowait irq softirq steal.</summary>
    private static (double Busy, double Total)? Machine()
    {
        if (!File.Exists("/proc/stat"))
        {
            return null;
        }

        var line = File.ReadLines("/proc/stat").FirstOrDefault(l => l.StartsWith("cpu ", StringComparison.Ordinal));
        var ticks = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8)
            .Select(t => double.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        if (ticks is not { Length: 8 })
        {
            return null;
        }

        var total = ticks.Sum();
        return (total - ticks[3] - ticks[4], total);
    }

    /// <summary>utime + stime, in clock ticks, of this process and the peer (fields 14 and 15 of /proc/PID/stat).</summary>
    private double Own()
    {
        var sum = 0.0;
        foreach (var pid in _ownProcesses)
        {
            var path = $"/proc/{pid}/stat";
            if (!File.Exists(path))
            {
                continue;
            }

            var text = File.ReadAllText(path);
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            sum += double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture);
        }

        return sum;
    }
}
