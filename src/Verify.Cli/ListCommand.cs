using System.CommandLine;
using Verify.Core;
using Verify.Numerics;
using Verify.Theorems;

namespace Verify.Cli;

/// <summary>`verify list`: the theorems, their checks and tiers.</summary>
internal static class ListCommand
{
    public static Command Create(TextWriter output, Func<TheoremServices, IReadOnlyList<ITheorem>> catalog)
    {
        var command = new Command("list", "List the theorems with their hypotheses (and tiers), conclusions and invariants.");
        command.SetAction(_ =>
        {
            // Listing needs no native code: the managed backend is always there.
            var theorems = catalog(new TheoremServices(Backends.Load(BackendChoice.Managed)));
            if (theorems.Count == 0)
            {
                output.WriteLine("No theorems in the catalog yet.");
            }
            foreach (var theorem in theorems)
            {
                Write(output, theorem.Info);
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

    private static void Write(TextWriter output, TheoremInfo info)
    {
        output.WriteLine($"{info.Id}  {info.Title}");
        output.WriteLine($"    {info.Citation}");
        foreach (var group in info.Checks.GroupBy(c => c.Kind))
        {
            output.WriteLine($"    {Plural(group.Key)}:");
            foreach (var check in group)
            {
                string tier = check.Tier is Tier t ? $"[{t}] " : "";
                output.WriteLine($"      {check.Id,-28} {tier}{check.Statement}  ({check.PaperReference} {check.Provenance.Tag()})");
            }
        }
        output.WriteLine();
    }
}
