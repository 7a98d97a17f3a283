namespace Verify.Core;

/// <summary>
/// How a run was asked for, to repeat it: the command line as typed (<see cref="CommandLine"/>, and its
/// <see cref="Arguments"/> one by one), the options it resolved to (defaults filled in: master seed, --quick, --instances,
/// --instance, --jobs), the backend asked for (auto, mkl, openblas, managed; the one used is in
/// <see cref="EnvironmentInfo.Backend"/>) and the report folder.
/// </summary>
public sealed record Invocation(string CommandLine, IReadOnlyList<string> Arguments, RunOptions Options, string Backend, string OutputDirectory)
{
    /// <summary>"verify" and the arguments, each quoted for a POSIX shell when it needs to be.</summary>
    public static Invocation Of(IReadOnlyList<string> arguments, RunOptions options, string backend, string outputDirectory) =>
        new(string.Join(" ", new[] { "verify" }.Concat(arguments.Select(Quote))), arguments, options, backend, outputDirectory);

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=:,+@%".Contains(c))
            ? argument
            : $"'{argument.Replace("'", "'\\''", StringComparison.Ordinal)}'";
}
