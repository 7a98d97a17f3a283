using System.Text.RegularExpressions;

namespace Verify.Symbolic;

/// <summary>
/// Rejects <c>set-option</c> commands that would escape a session. In Z3 every option outside the
/// SMT-LIB2 standard set is a <em>process-wide</em> parameter (<c>(set-option :rlimit N)</c> changes the
/// limit of every session, in every thread, and replaces this session's own), and
/// <c>:error-behavior immediate-exit</c> ends the process on the next error. Only per-context options
/// are allowed. The check is textual and conservative: it also rejects such a command inside a comment or string.
/// </summary>
internal static partial class Z3OptionGuard
{
    private static readonly HashSet<string> _perContextOptions = new(StringComparer.Ordinal)
    {
        ":print-success",
        ":produce-models",
        ":produce-proofs",
        ":produce-unsat-cores",
        ":produce-unsat-assumptions",
        ":produce-assignments",
        ":produce-assertions",
        ":interactive-mode",
        ":random-seed",
        ":global-declarations",
        ":global-decls",
        ":int-real-coercions",
        ":numeral-as-real",
    };

    /// <summary>Throws <see cref="Z3QueryException"/> when <paramref name="smtLib2"/> sets an option that is not per-context.</summary>
    public static void EnsureLocal(string smtLib2, string part)
    {
        foreach (Match match in SetOption().Matches(smtLib2))
        {
            string option = match.Groups["option"].Value;
            if (!_perContextOptions.Contains(option))
            {
                throw new Z3QueryException(
                    $"The {part} sets option {option}, which in Z3 is process-wide or unsafe (the session owns the resource " +
                    $"limit; allowed options: {string.Join(" ", _perContextOptions)}).",
                    z3Message: null,
                    output: string.Empty);
            }
        }
    }

    [GeneratedRegex(@"\(\s*set-option\s+(?<option>:[^\s()]+)", RegexOptions.CultureInvariant)]
    private static partial Regex SetOption();
}
