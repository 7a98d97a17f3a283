using System.CommandLine;
using Verify.Core;
using Verify.Numerics;
using Verify.Theorems;

namespace Verify.Cli;

/// <summary>`verify list [--scenarios] [--json]`: the theorems, their checks and tiers, in 100 columns or as JSON.</summary>
internal static class ListCommand
{
    public static Command Create(TextWriter output, Func<TheoremServices, IReadOnlyList<ITheorem>> catalog)
    {
        var scenarios = new Option<bool>("--scenarios") { Description = "Also show each theorem's scenarios (what 'verify run --scenario' selects)." };
        var json = new Option<bool>("--json") { Description = "Print everything, scenarios included, as JSON." };
        var command = new Command("list", "List the theorems with their hypotheses (and tiers), conclusions and invariants.")
        {
            scenarios, json,
        };
        command.SetAction(parsed =>
        {
            // Listing needs no native code: the managed backend is always there.
            var theorems = catalog(new TheoremServices(Backends.Load(BackendChoice.Managed))).Select(TheoremListing.Of).ToList();
            if (parsed.GetValue(json))
            {
                output.WriteLine(ListJson.Write(theorems));
                return ExitCodes.Ok;
            }
            if (theorems.Count == 0)
            {
                output.WriteLine("No theorems in the catalog yet.");
            }
            foreach (var theorem in theorems)
            {
                Write(output, theorem, parsed.GetValue(scenarios));
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Plural(CheckKind kind) => kind switch
    {
        CheckKind.Hypothesis => "Hypotheses",
        CheckKind.Conclusion => "Conclusions",
        CheckKind.Invariant => "Invariants",
        _ => kind.ToString(),
    };

    private static void Write(TextWriter output, TheoremListing theorem, bool withScenarios)
    {
        var info = theorem.Info;
        WriteWrapped(output, $"{info.Id}  {info.Title}", 0, 4);
        WriteWrapped(output, info.Citation, 4, 4);
        foreach (var group in info.Checks.GroupBy(c => c.Kind))
        {
            output.WriteLine($"    {Plural(group.Key)}:");
            foreach (var check in group)
            {
                string tier = check.Tier is Tier t ? $"[{t}]  " : "";
                WriteWrapped(output, $"{check.Id}  {tier}{check.PaperReference} {check.Provenance.Tag()}", 6, 10);
                WriteWrapped(output, check.Statement, 10, 10);
            }
        }
        if (withScenarios)
        {
            output.WriteLine("    Scenarios (verify run --scenario NAME; a sweep's family name selects all its points):");
            foreach (var scenario in theorem.Scenarios)
            {
                string modes = (scenario.Full, scenario.Quick) switch { (true, true) => "full and --quick", (true, false) => "full run only", _ => "--quick only" };
                string sweep = scenario.SweepFamily is { } family ? $", sweep {family}" : "";
                WriteWrapped(output, $"{scenario.Id}  {scenario.Instances} instance(s), {modes}{sweep}", 6, 10);
                WriteWrapped(output, scenario.Description, 10, 10);
            }
        }
        output.WriteLine();
    }

    private static void WriteWrapped(TextWriter output, string text, int indent, int continuation)
    {
        foreach (string line in TextWrap.Lines(text, indent, continuation))
        {
            output.WriteLine(line);
        }
    }
}
