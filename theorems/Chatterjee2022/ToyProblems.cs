using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics;

namespace Verify.Theorems.Chatterjee2022;

/// <summary>
/// The criterion's known-answer nodes of spec §7.8 (T1–T3) as problems: each loss with its exact or certified (VerifiedBounds) bounds, GD at
/// the given step or at ½ the largest admissible one. They are `dotnet test` nodes; the run shows x⁴ (T1 and T2 are tight
/// by construction — q_k = α and the descent inequality hold with equality — so their per-step checks sit at their own
/// rounding and are undecided, which a test reads better than a report).
/// </summary>
internal static class ToyProblems
{
    public static CriterionProblem SquaredNorm(double[] x0, double? eta, int steps)
    {
        var loss = new SquaredNormLoss(x0.Length);
        return new CriterionProblem(loss, x0, () => loss.Bounds(x0), eta, steps);
    }

    public static CriterionProblem LeastSquares(ILinearAlgebraBackend backend, Matrix<double> x, Vector<double> b, double? eta, int steps)
    {
        var loss = new LeastSquaresLoss(backend, x, b);
        var w0 = new double[x.ColumnCount];
        return new CriterionProblem(loss, w0, () => loss.Bounds(w0), eta, steps);
    }

    public static CriterionProblem Quartic(double x0, int steps)
    {
        var loss = new QuarticLoss();
        double[] start = [x0];
        return new CriterionProblem(loss, start, () => loss.Bounds(start), null, steps);
    }
}
