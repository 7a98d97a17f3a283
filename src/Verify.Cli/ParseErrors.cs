using System.CommandLine;
using Verify.Setup;

namespace Verify.Cli;

/// <summary>
/// The messages of a failed parse: an unknown command or option names the nearest known one ("did you mean 'list'?"),
/// a stray argument says so, and every other error (a bad value, a missing argument) is shown as the parser words it.
/// </summary>
internal static class ParseErrors
{
    public static IReadOnlyList<string> Describe(ParseResult parsed, RootCommand root)
    {
        var command = parsed.CommandResult.Command;
        var unmatched = parsed.UnmatchedTokens;
        var messages = unmatched.Select(token => Unmatched(token, command, root)).ToList();
        // The parser's own words for the unmatched tokens are replaced by the messages above; so is its "Required command
        // was not provided." when the unmatched token was a misspelt command.
        messages.AddRange(parsed.Errors
            .Select(e => e.Message)
            .Where(m => !unmatched.Any(token => m.StartsWith("Unrecognized", StringComparison.Ordinal) && m.Contains($"'{token}'", StringComparison.Ordinal)))
            .Where(m => !(command == root && unmatched.Count > 0 && m.StartsWith("Required command", StringComparison.Ordinal))));
        return messages.Distinct().ToList();
    }

    /// <summary>Where to read the usage of the command the parse reached: "Run 'verify run --help' for usage."</summary>
    public static string HelpHint(ParseResult parsed, RootCommand root)
    {
        var command = parsed.CommandResult.Command;
        return command == root ? "Run 'verify --help' for usage." : $"Run 'verify {command.Name} --help' for usage.";
    }

    private static string Unmatched(string token, Command command, RootCommand root)
    {
        if (token.StartsWith('-'))
        {
            var options = command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal));
            string where = command == root ? "verify" : $"verify {command.Name}";
            return $"unknown option '{token}' for '{where}'{NameSuggestion.Hint(token, options)}";
        }
        if (command == root)
        {
            var commands = root.Subcommands.Select(c => c.Name).ToList();
            return $"unknown command '{token}'{NameSuggestion.Hint(token, commands)}; the commands are {string.Join(", ", commands)}";
        }
        return $"unexpected argument '{token}' for 'verify {command.Name}'";
    }
}
