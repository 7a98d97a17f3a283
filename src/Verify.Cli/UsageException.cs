namespace Verify.Cli;

/// <summary>Bad input or usage: the message is shown as is and the exit code is 2.</summary>
public sealed class UsageException(string message) : Exception(message);
