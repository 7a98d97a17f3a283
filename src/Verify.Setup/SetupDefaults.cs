namespace Verify.Setup;

/// <summary>The defaults and limits of the setup file format.</summary>
internal static class SetupDefaults
{
    /// <summary>The failure probability δ when the setup names none.</summary>
    public const double Delta = 0.1;

    /// <summary>
    /// The smallest δ accepted. Du et al.'s width bound is 262144(C² + ½)n⁶/(2πλ₀⁴δ³): δ enters cubed, and
    /// δ ≥ 1e-50 keeps δ³ ≥ 1e-150 (a normal double) and 1/δ³ ≤ 1e150, leaving about 1e158 of a double's range for
    /// n⁶/λ₀⁴. δ = 1e-100 already overflows that bound for n = 4 (δ³ = 1e-300), and 5e-324 made δ³ = 0 and
    /// log(8n²/δ) infinite. A probability below 1e-50 says nothing more than one of 1e-50 in practice.
    /// </summary>
    public const double MinDelta = 1e-50;

    /// <summary>Labels of generated data when the setup names none.</summary>
    public const string Labels = "gaussian";

    /// <summary>The bound c of uniform labels on [−c, c] when the setup names none.</summary>
    public const double LabelBound = 1.0;

    /// <summary>The most gradient-descent steps: the trajectory keeps several doubles per step.</summary>
    public const int MaxSteps = 10_000_000;

    /// <summary>The largest seed: 2⁵³, so that every JSON reader keeps it exact.</summary>
    public const ulong MaxSeed = 1UL << 53;

    public static readonly IReadOnlyList<string> Generators = ["unit-sphere", "gaussian"];

    public static readonly IReadOnlyList<string> LabelKinds = ["gaussian", "uniform"];
}
