namespace Verify.Cli;

/// <summary>
/// The machine, not the input: a native library that is missing or failed (Z3, a forced linear-algebra backend) or a
/// report that could not be written. The message is shown as is (one line: what failed and how to fix it) and the
/// exit code is <see cref="ExitCodes.Environment"/>.
/// </summary>
public sealed class EnvironmentFault(string message) : Exception(message);
