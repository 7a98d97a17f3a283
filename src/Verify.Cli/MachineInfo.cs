using System.Reflection;
using System.Runtime.InteropServices;

namespace Verify.Cli;

/// <summary>Facts about this machine and this build, for doctor and the report header.</summary>
internal sealed record MachineInfo(string Cpu, int LogicalProcessors, bool Avx2, bool Avx512, string OperatingSystem, string Runtime, string GitCommit, string ToolVersion)
{
    public static MachineInfo Read() => new(
        CpuModel(),
        Environment.ProcessorCount,
        System.Runtime.Intrinsics.X86.Avx2.IsSupported,
        System.Runtime.Intrinsics.X86.Avx512F.IsSupported,
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        EmbeddedGitCommit(),
        InformationalVersion().Split('+')[0]);

    private static string CpuModel()
    {
        const string cpuInfo = "/proc/cpuinfo";
        if (File.Exists(cpuInfo))
        {
            string? line = File.ReadLines(cpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            if (line is not null)
            {
                return line[(line.IndexOf(':') + 1)..].Trim();
            }
        }
        return RuntimeInformation.ProcessArchitecture.ToString();
    }

    /// <summary>The commit embedded at build time (see Verify.Cli.csproj), or "unknown".</summary>
    private static string EmbeddedGitCommit()
    {
        string version = InformationalVersion();
        int plus = version.IndexOf('+');
        return plus >= 0 ? version[(plus + 1)..] : "unknown";
    }

    /// <summary>"1.0.0+4fd08f65ee99": Verify's version, then the commit embedded at build time.</summary>
    private static string InformationalVersion() =>
        typeof(MachineInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
