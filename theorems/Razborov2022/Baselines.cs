using MathNet.Numerics.LinearAlgebra;
using Verify.Core;
using Verify.Numerics;
using Verify.Theorems.Du2019;

namespace Verify.Theorems.Razborov2022;

/// <summary>
/// The width bounds the paper improves on (spec §4), evaluated on the same (X, y): Du et al. in the du2019 module's explicit
/// form [D] (m &gt; 262144(C² + ½)n⁶/(2πλ₀⁴δ³) and its Hoeffding condition, <see cref="InstanceChecks.RequiredWidth"/>, on the
/// inputs normalised to the unit sphere as Du et al. assume, C = max|yᵢ|, δ = 0.1); Oymak–Soltanolkotabi [M]
/// (k ≳ n‖X‖₂⁶/λ(X)⁴ with constant 1, λ(X) = λ_min(H∞(X)) on X as given); Nguyen 2021 §3.2 [S] (m = Ω(N²), constant 1).
/// Razborov's own bound is not available (only the abstract could be read). λ₀ and λ(X) are LAPACK estimates: these
/// bounds never decide scope.
/// </summary>
internal sealed record Baselines(double Du, double Lambda0, double OymakSoltanolkotabi, double LambdaX, double XNorm, double Nguyen, double LabelBound)
{
    public const double Delta = 0.1;

    /// <summary>The slot of the paper's own width bound: shown as text, never as a check.</summary>
    public const string RazborovWidth = "statement not available (abstract only)";

    public static Baselines Of(ILinearAlgebraBackend backend, Matrix<double> x, Matrix<double> y)
    {
        int n = x.RowCount;
        var unit = Matrix<double>.Build.DenseOfRows(Enumerable.Range(0, n).Select(i => x.Row(i) / x.Row(i).L2Norm()));
        double lambda0 = Spectral.SmallestEigenvalue(backend, Gram.InfiniteWidthReluNtk(Gram.InputGram(backend, unit)));
        double labelBound = y.Enumerate().Select(Math.Abs).Max();
        double du = InstanceChecks.RequiredWidth(n, lambda0, Delta, labelBound);
        double lambdaX = Spectral.SmallestEigenvalue(backend, Gram.InfiniteWidthReluNtk(Gram.InputGram(backend, x)));
        double xNorm = backend.SingularValues(x).Max();
        double os = n * Math.Pow(xNorm, 6) / Math.Pow(lambdaX, 4);
        return new Baselines(du, lambda0, os, lambdaX, xNorm, (double)n * n, labelBound);
    }

    public IEnumerable<Check> Checks(int m) =>
    [
        new(RzChecks.DuWidth, () => Compare(m, Du, $"λ₀ = λ_min(H∞) = {NumberFormat.Text(Lambda0)} on the normalised inputs (estimate), C = max|yᵢ| = {NumberFormat.Text(LabelBound)}, δ = {NumberFormat.Text(Delta)}")),
        new(RzChecks.OymakSoltanolkotabiWidth, () => Compare(m, OymakSoltanolkotabi, $"‖X‖₂ = {NumberFormat.Text(XNorm)}, λ(X) = λ_min(H∞(X)) = {NumberFormat.Text(LambdaX)} (estimates; form [M], constant 1 ours)")),
        new(RzChecks.NguyenWidth, () => Compare(m, Nguyen, "m ≥ N² (order [S], constant 1 ours)")),
    ];

    public const string DuName = "m required, Du et al. [D]";

    public const string OymakSoltanolkotabiName = "m required, Oymak–Soltanolkotabi [M] (constant 1 ours)";

    public const string NguyenName = "m required, Nguyen 2021 §3.2 [S] (N², constant 1 ours)";

    public const string RazborovName = "m required, Razborov 2022";

    public IEnumerable<Parameter> AsParameters() =>
    [
        Parameter.Number(DuName, Du),
        Parameter.Number(OymakSoltanolkotabiName, OymakSoltanolkotabi),
        Parameter.Number(NguyenName, Nguyen),
        Parameter.TextOnly(RazborovName, RazborovWidth),
    ];

    private static Evidence Compare(int m, double required, string note) => double.IsFinite(required)
        ? Evidence.Compare(m, Relation.GreaterOrEqual, required, $"{note}; gap factor required/m = {NumberFormat.Text(required / m)}; never decides scope")
        : Evidence.Inconclusive(m, Relation.GreaterOrEqual, required, $"{note}; the bound is {NumberFormat.Text(required)} (overflow or λ ≤ 0): no width meets it that a double can hold");
}
