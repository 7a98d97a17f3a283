using System.CommandLine;
using Verify.Numerics;
using Verify.Symbolic;

namespace Verify.Cli;

/// <summary>
/// `verify doctor`: every backend found (version, path, threads), the active one, Z3, CPU features.
/// Exits 0 only when a native backend and Z3 are both active; otherwise 1, naming what to install.
/// </summary>
internal static class DoctorCommand
{
    public static Command Create(TextWriter output)
    {
        var command = new Command("doctor", "Show the linear-algebra backends, Z3 and CPU features found on this machine.");
        command.SetAction(_ => Run(output));
        return command;
    }

    private static int Run(TextWriter output)
    {
        var machine = MachineInfo.Read();
        output.WriteLine($"CPU        {machine.Cpu}");
        output.WriteLine($"           {machine.LogicalProcessors} logical processors; AVX2 {YesNo(machine.Avx2)}; AVX-512F {YesNo(machine.Avx512)}");
        output.WriteLine($"OS         {machine.OperatingSystem}; {machine.Runtime}");
        output.WriteLine();
        output.WriteLine("Backends");
        var problems = new List<string>();
        foreach (var probe in Backends.ProbeAll())
        {
            string name = probe.Kind.ToString().ToLowerInvariant();
            if (probe.Description is { } description)
            {
                output.WriteLine($"  {name,-9} found    {description.Name}: {description.Version}");
                output.WriteLine($"  {"",-9}          {description.LibraryPath ?? "managed code"}; {description.Threads} threads");
            }
            else
            {
                output.WriteLine($"  {name,-9} missing  {probe.Error}");
            }
        }

        var active = Backends.Load(BackendChoice.Auto).Description;
        string order = string.Join(", ", Backends.AutoOrder.Select(k => k.ToString().ToLowerInvariant()));
        output.WriteLine($"  active (auto): {active.Name}   (auto order for CPU vendor {Backends.CpuVendorName}: {order})");
        if (active.Kind == BackendKind.Managed)
        {
            problems.Add("no native backend: install libmkl-rt or libopenblas0-pthread (scripts/setup.sh)");
        }

        output.WriteLine();
        if (Z3Library.IsAvailable)
        {
            output.WriteLine($"Z3         {Z3Library.FullVersion}");
            output.WriteLine($"           {Z3Library.LibraryPath}");
        }
        else
        {
            output.WriteLine($"Z3         missing  {Z3Library.LoadError}");
            problems.Add("Z3 is missing: install libz3-4 (scripts/setup.sh)");
        }

        output.WriteLine();
        if (problems.Count == 0)
        {
            output.WriteLine("OK: a native backend and Z3 are active.");
            return ExitCodes.Ok;
        }
        foreach (string problem in problems)
        {
            output.WriteLine($"PROBLEM: {problem}");
        }
        return ExitCodes.Counterexample;
    }

    private static string YesNo(bool value) => value ? "yes" : "no";
}
