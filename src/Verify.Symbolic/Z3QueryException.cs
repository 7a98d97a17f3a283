namespace Verify.Symbolic;

/// <summary>
/// Thrown when a query cannot be answered because its text is wrong: Z3 reported an error (syntax,
/// unknown symbol, sort mismatch, unsupported command) or the text breaks a rule of
/// <see cref="Z3Session"/> (a forbidden option, no or several <c>check-sat</c> answers).
/// The session stays usable.
/// </summary>
public sealed class Z3QueryException : Exception
{
    public Z3QueryException(string message, string? z3Message, string output)
        : base(message)
    {
        Z3Message = z3Message;
        Output = output;
    }

    /// <summary>Z3's own error text (e.g. <c>line 1 column 41: unknown constant y</c>), or null when the
    /// query was rejected by <see cref="Z3Session"/> before or after Z3 ran without an error.</summary>
    public string? Z3Message { get; }

    /// <summary>Everything Z3 printed for the failing part of the query (may be empty).</summary>
    public string Output { get; }
}
