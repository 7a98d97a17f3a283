using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using Verify.Numerics;
using Verify.Core;
using Verify.Theorems.Common;

namespace Verify.Theorems.Tests.Common;

/// <summary>The enclosure of ‖M‖₂: known answers, the allowance, and a tight lower end on a wide random matrix.</summary>
public sealed class SingularValueEnclosuresTests
{
    private static ILinearAlgebraBackend Backend => Razborov2022.RzTestData.Backend;

    /// <summary>diag(3, 1) padded to 2×3 has ‖·‖₂ = 3; the allowance 0.5 widens it to [2.5, 3.5] (its largest row/column norm is 3 too).</summary>
    [Test]
    public void Norm2_KnownAnswer_WidenedByTheAllowance()
    {
        var m = Matrix<double>.Build.DenseOfArray(new[,] { { 3.0, 0, 0 }, { 0, 1, 0 } });

        var enclosure = SingularValueEnclosures.Norm2(Backend, m, 0.5, "test");

        Assert.That(enclosure.Lower, Is.LessThanOrEqualTo(2.5).And.GreaterThan(2.5 * (1 - 1e-12)));
        Assert.That(enclosure.Upper, Is.GreaterThanOrEqualTo(3.5).And.LessThan(3.5 * (1 + 1e-9)));
    }

    /// <summary>
    /// A ReLU feature matrix (8 × 512): the largest row or column norm is far below ‖F‖₂, the power-iteration quotient is
    /// within 10⁻⁹ of the SVD's value, and the enclosure holds it.
    /// </summary>
    [Test]
    public void Norm2_WideFeatureMatrix_LowerEndIsTight()
    {
        var f = Gaussian.Sample(8, 512, new Xoshiro256StarStar(7)).Map(v => Math.Max(v, 0));
        double exact = f.Svd(computeVectors: false).S[0];

        var enclosure = SingularValueEnclosures.Norm2(Backend, f, 0, "exact");

        Assert.That(SingularValueEnclosures.Norm2Lower(f), Is.LessThan(0.6 * exact), "the row/column norm alone would be loose");
        Assert.That(enclosure.Lower, Is.LessThanOrEqualTo(exact).And.GreaterThan(exact * (1 - 1e-9)));
        Assert.That(enclosure.Upper, Is.GreaterThanOrEqualTo(exact).And.LessThan(exact * (1 + 1e-6)));
    }
}
