using MathNet.Numerics.Distributions;

namespace Verify.Core;

/// <summary>The exact (Clopper–Pearson) confidence interval of a binomial proportion.</summary>
public static class ClopperPearson
{
    /// <summary>The two-sided interval at level <paramref name="confidence"/> for <paramref name="successes"/> out of <paramref name="trials"/>.</summary>
    public static (double Lower, double Upper) Interval(int successes, int trials, double confidence = 0.95)
    {
        if (trials <= 0 || successes < 0 || successes > trials)
        {
            throw new ArgumentOutOfRangeException(nameof(successes), $"need 0 ≤ successes ≤ trials and trials > 0, got {successes}/{trials}");
        }
        if (confidence is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), "confidence must be in (0, 1)");
        }
        double alpha = 1 - confidence;
        double lower = successes == 0 ? 0.0 : Beta.InvCDF(successes, trials - successes + 1, alpha / 2);
        double upper = successes == trials ? 1.0 : Beta.InvCDF(successes + 1, trials - successes, 1 - alpha / 2);
        return (lower, upper);
    }
}
