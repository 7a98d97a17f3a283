using System.Globalization;

namespace Verify.Benchmarks;

/// <summary>The command line: <c>[--reps N] [--quick] [--help]</c>.</summary>
/// <param name="Reps">Timed repetitions per workload and backend (after one warm-up).</param>
/// <param name="Quick">Smaller sizes and fewer repetitions, for a smoke run.</param>
/// <param name="ShowHelp">Print the usage and exit.</param>
internal sealed record BenchOptions(int Reps, bool Quick, bool ShowHelp)
{
    public const int DefaultReps = 5;
    public const int QuickReps = 3;

    public const string Usage =
        """
        usage: verify-bench [--reps N] [--quick]
          --reps N   timed repetitions per workload and backend, after one warm-up (default 5; 3 with --quick)
          --quick    smaller sizes (DGEMM 1000, eigen 500, SVD 500x250) and 3 repetitions
        Every backend that loads is measured (MKL, OpenBLAS, managed), interleaved A B C A B C; set
        VERIFY_BACKEND=mkl|openblas|managed to load and measure that one alone in this process.
        """;

    /// <summary>Parses the arguments; throws <see cref="ArgumentException"/> with a message saying what was expected.</summary>
    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        int? reps = null;
        var quick = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    quick = true;
                    break;
                case "--reps":
                    reps = ParseReps(i + 1 < args.Count ? args[++i] : null);
                    break;
                case "-h" or "--help":
                    return new BenchOptions(DefaultReps, quick, ShowHelp: true);
                default:
                    throw new ArgumentException($"unknown argument '{args[i]}' (expected --reps N, --quick or --help)");
            }
        }

        return new BenchOptions(reps ?? (quick ? QuickReps : DefaultReps), quick, ShowHelp: false);
    }

    private static int ParseReps(string? text)
    {
        if (text is null
            || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var reps)
            || reps < 1)
        {
            throw new ArgumentException($"--reps expects a positive integer, got '{text ?? "nothing"}'");
        }

        return reps;
    }
}
