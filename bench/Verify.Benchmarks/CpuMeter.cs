using System.Diagnostics;
using System.Globalization;

namespace Verify.Benchmarks;

/// <summary>
/// How busy the rest of the machine was over an interval: CPU time of all processes (/proc/stat, including the
/// hypervisor's steal time) minus this process's own, as a share of the machine's capacity. A benchmark on a shared
/// machine is only as good as this number is low.
/// </summary>
internal sealed class CpuMeter
{
    private const double TicksPerSecond = 100.0; // USER_HZ on Linux

    private readonly (double Busy, double Total)? _start = Read();
    private readonly TimeSpan _ownStart = Process.GetCurrentProcess().TotalProcessorTime;

    /// <summary>The share (0–1) of all CPUs used by other processes since construction, or null without /proc/stat.</summary>
    public double? OthersShare()
    {
        if (_start is not { } start || Read() is not { } end || end.Total <= start.Total)
        {
            return null;
        }

        var own = (Process.GetCurrentProcess().TotalProcessorTime - _ownStart).TotalSeconds;
        var others = (end.Busy - start.Busy) / TicksPerSecond - own;
        return Math.Clamp(others / ((end.Total - start.Total) / TicksPerSecond), 0.0, 1.0);
    }

    public string Describe() =>
        OthersShare() is { } share
            ? $"other processes used {share * 100:F0}% of the CPUs"
            : "load of other processes unknown";

    /// <summary>Busy and total ticks summed over all CPUs: user nice system idle iowait irq softirq steal.</summary>
    private static (double Busy, double Total)? Read()
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
}
