namespace Verify.Setup;

/// <summary>The defaults and limits of the setup file format.</summary>
internal static class SetupDefaults
{
    /// <summary>The failure probability δ when the setup names none.</summary>
    public const double Delta = 0.1;

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
