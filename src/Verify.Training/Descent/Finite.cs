namespace Verify.Training;

/// <summary>The descents' argument check: every entry finite.</summary>
internal static class Finite
{
    /// <exception cref="ArgumentException">An entry is NaN or ±∞.</exception>
    public static void Require(ReadOnlySpan<double> values, string parameterName)
    {
        foreach (var value in values)
        {
            if (!double.IsFinite(value))
            {
                throw new ArgumentException($"'{parameterName}' must have finite entries.", parameterName);
            }
        }
    }
}
