namespace Verify.Cli;

/// <summary>The exit codes of DESIGN.md's command-line contract.</summary>
public static class ExitCodes
{
    /// <summary>No counterexample and no error (for doctor: a native backend and Z3 are both active).</summary>
    public const int Ok = 0;

    /// <summary>A counterexample (an in-scope instance whose conclusion failed); for doctor: something is missing.</summary>
    public const int Counterexample = 1;

    /// <summary>Bad input or usage; the message says what was expected.</summary>
    public const int Usage = 2;

    /// <summary>An internal error, including a check that threw.</summary>
    public const int Internal = 3;

    /// <summary>
    /// The environment failed: Z3 or a forced linear-algebra backend is missing or failed (see `verify doctor`), or the
    /// report could not be written. No report is written and a previous one is left whole.
    /// </summary>
    public const int Environment = 4;

    /// <summary>Interrupted by Ctrl-C (the shell's convention, 128 + SIGINT); no report is written.</summary>
    public const int Interrupted = 130;

    /// <summary>Stopped by SIGTERM (128 + SIGTERM); no report is written.</summary>
    public const int Terminated = 143;
}
