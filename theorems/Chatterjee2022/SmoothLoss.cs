namespace Verify.Theorems.Chatterjee2022;

/// <summary>A C² loss f : ℝᵖ → [0, ∞) as the criterion needs it: values, gradients and Hessian-vector products.</summary>
internal interface ISmoothLoss
{
    /// <summary>p, the number of coordinates.</summary>
    int Dimension { get; }

    /// <summary>What f is, for the report (e.g. "|x|²").</summary>
    string Name { get; }

    double Value(double[] x);

    double[] Gradient(double[] x);

    double[] HessianVector(double[] x, double[] v);

    /// <summary>
    /// An allowance on the computed √f(x): |√f̂ − √f| ≤ it (assumed, documented per loss). The per-step checks of a run
    /// are undecided (never passed or failed) within the relative allowance it implies on f and |∇f|².
    /// </summary>
    double RootAllowance(double[] x);
}
