using System.Runtime.InteropServices;

namespace Verify.Benchmarks;

/// <summary>What the header says about the machine: CPU model, vector extensions, logical CPUs, runtime.</summary>
internal static class MachineInfo
{
    public static string Cpu()
    {
        var fields = CpuInfoFields();
        var model = fields.GetValueOrDefault("model name", RuntimeInformation.ProcessArchitecture.ToString());
        var flags = fields.GetValueOrDefault("flags", "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var vector = flags.Contains("avx512f") ? "AVX-512" : flags.Contains("avx2") ? "AVX2" : "no AVX2";
        var family = fields.TryGetValue("cpu family", out var f) && fields.TryGetValue("model", out var m)
            ? $"family {f} model {m}, "
            : "";
        var clock = fields.TryGetValue("cpu MHz", out var mhz) ? $", {mhz} MHz nominal" : "";
        return $"{model} ({family}{vector}{clock}), {Environment.ProcessorCount} logical CPUs";
    }

    public static string Runtime() =>
        $"{RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}";

    /// <summary>The 1-, 5- and 15-minute load averages from /proc/loadavg, or "unknown".</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg")
            ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3))
            : "unknown";

    /// <summary>The fields of the first processor in /proc/cpuinfo (empty where the file does not exist).</summary>
    private static Dictionary<string, string> CpuInfoFields()
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists("/proc/cpuinfo"))
        {
            return fields;
        }

        foreach (var line in File.ReadLines("/proc/cpuinfo"))
        {
            if (line.Length == 0 && fields.Count > 0)
            {
                break;
            }

            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                fields.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
            }
        }

        return fields;
    }
}
