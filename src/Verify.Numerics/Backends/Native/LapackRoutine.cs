using System.Globalization;

namespace Verify.Numerics;

/// <summary>A LAPACK routine's name and argument names, to turn its <c>INFO</c> output into a readable exception.</summary>
internal sealed record LapackRoutine(string Name, string[] Arguments)
{
    public static LapackRoutine Dsyevr { get; } = new(
        "dsyevr",
        ["JOBZ", "RANGE", "UPLO", "N", "A", "LDA", "VL", "VU", "IL", "IU", "ABSTOL", "M", "W", "Z", "LDZ", "ISUPPZ",
            "WORK", "LWORK", "IWORK", "LIWORK", "INFO"]);

    public static LapackRoutine Dsyevd { get; } = new(
        "dsyevd", ["JOBZ", "UPLO", "N", "A", "LDA", "W", "WORK", "LWORK", "IWORK", "LIWORK", "INFO"]);

    public static LapackRoutine Dgesdd { get; } = new(
        "dgesdd", ["JOBZ", "M", "N", "A", "LDA", "S", "U", "LDU", "VT", "LDVT", "WORK", "LWORK", "IWORK", "INFO"]);

    public static LapackRoutine Dpotrf { get; } = new("dpotrf", ["UPLO", "N", "A", "LDA", "INFO"]);

    /// <summary>Throws for <c>info &lt; 0</c> (illegal argument): this is always a bug in the caller.</summary>
    public void ThrowIfIllegalArgument(int info)
    {
        if (info >= 0)
        {
            return;
        }

        var position = -info;
        var argument = position <= Arguments.Length ? Arguments[position - 1] : "?";
        throw new LapackException(
            Name,
            info,
            string.Create(
                CultureInfo.InvariantCulture,
                $"{Name}: argument {position} ({argument}) had an illegal value (INFO = {info})."));
    }

    /// <summary>Throws for any nonzero <c>info</c>; positive values mean the algorithm did not converge.</summary>
    public void ThrowIfFailed(int info)
    {
        ThrowIfIllegalArgument(info);
        if (info > 0)
        {
            throw new LapackException(
                Name,
                info,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{Name} failed to converge (INFO = {info}); the input may be badly scaled or contain extreme values."));
        }
    }
}
