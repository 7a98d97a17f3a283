namespace Verify.Numerics;

/// <summary>Parsing and naming of <see cref="BackendChoice"/> values as written on the command line.</summary>
public static class BackendChoices
{
    /// <summary>The accepted names, in the order they are listed to the user.</summary>
    public static IReadOnlyList<string> Names { get; } = ["auto", "mkl", "openblas", "managed"];

    /// <summary>Parses <c>auto|mkl|openblas|managed</c> (case-insensitive, surrounding blanks ignored).</summary>
    /// <exception cref="ArgumentException">The text is none of the valid names; the message lists them.</exception>
    public static BackendChoice Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Trim().ToLowerInvariant() switch
        {
            "auto" => BackendChoice.Auto,
            "mkl" => BackendChoice.Mkl,
            "openblas" => BackendChoice.OpenBlas,
            "managed" => BackendChoice.Managed,
            _ => throw new ArgumentException(
                $"Unknown backend '{text}'. Valid backends: {string.Join(", ", Names)}.", nameof(text)),
        };
    }

    /// <summary>The command-line name of a choice (the inverse of <see cref="Parse"/>).</summary>
    public static string ToName(this BackendChoice choice) => choice switch
    {
        BackendChoice.Auto => "auto",
        BackendChoice.Mkl => "mkl",
        BackendChoice.OpenBlas => "openblas",
        BackendChoice.Managed => "managed",
        _ => throw new ArgumentOutOfRangeException(nameof(choice), choice, null),
    };
}
