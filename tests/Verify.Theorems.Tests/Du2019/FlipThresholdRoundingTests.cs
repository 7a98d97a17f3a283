using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using Verify.Core;
using Verify.Numerics;
using Verify.Theorems.Du2019;
using Verify.Training;

namespace Verify.Theorems.Tests.Du2019;

/// <summary>
/// InitialAnalysis.FlipThreshold claims: every (i, r) whose exact |w_r(0)ᵀx_i| ≤ R′ν (R′ = RadiusPrime, ν = InputNormBound,
/// as doubles) has a computed |ẑ_ir| ≤ FlipThreshold, so no neuron that can flip is left out of S_i⊥.
/// </summary>
public sealed class FlipThresholdRoundingTests
{
    private static readonly ILinearAlgebraBackend Backend = ChainInstances.Backend;

    [Test]
    public void NoNeuronWithinRadiusIsLeftOut_WhenPreActivationsCancel()
    {
        // n = 3 mixed-sign inputs in d = 512; 16 Gaussian neurons with a = ±1 set u(0) and so R′; 48 boundary neurons have
        // a = 0 (they change neither u(0) nor R′, so they can be placed against R′ν after it is known): each is
        // g + t·x_i/‖x_i‖² with g ⟂ every input up to rounding, ‖g‖ ≈ 20–20 000 (so ẑ errs by ≈ 10⁻¹⁵–10⁻¹² ≫ ε·R′ν), and
        // |t| within 1/16 of such an error of R′ν on either side (the computed ẑ ≈ t: the float projection hides the exact
        // residue of g, so only pairs placed this close straddle R′ν — 8–9 of ≈ 100 in our runs). Four draws of the boundary
        // neurons, the last three moved by ≤ 4 ulps.
        const int n = 3, d = 512, bulk = 16, boundary = 48, m = bulk + boundary;
        var random = new Xoshiro256StarStar(9);
        var x = CancellingInstances.MixedSignInputs(n, d, random);
        var y = Vector<double>.Build.DenseOfArray(Labels.Uniform(n, 0.5, random));
        var data = new DataAnalysis(Backend, x, y);
        var w = Matrix<double>.Build.Dense(m, d);
        w.SetSubMatrix(0, 0, Gaussian.Sample(bulk, d, random));
        var a = Enumerable.Range(0, m).Select(r => r >= bulk ? 0.0 : random.NextDouble() < 0.5 ? 1.0 : -1.0).ToArray();
        double radius = new InitialAnalysis(Backend, data, w, a, stepSize: 0.01, delta: 0.1).RadiusPrime;
        double radiusNu = radius * data.InputNormBound;

        int missedWithoutWidening = 0, checkedNearBoundary = 0;
        for (int variant = 0; variant < 4; variant++)
        {
            for (int r = bulk; r < m; r++)
            {
                int i = r % n;
                double scale = Math.Pow(10, random.NextDouble() * 3);
                var g = CancellingInstances.OrthogonalNeuron(x, scale, random);
                double errorScale = Spectral.MachineEpsilon * g.L2Norm(); // the typical |ẑ − z*| (a random walk of d roundings of terms ≈ ‖g‖/√d)
                double t = (r % 2 == 0 ? 1 : -1) * (radiusNu + (2 * random.NextDouble() - 1) * errorScale / 16);
                w.SetRow(r, g + x.Row(i) * (t / (x.Row(i) * x.Row(i))));
            }
            if (variant > 0)
            {
                w.SetSubMatrix(bulk, 0, CancellingInstances.Perturbed(w.SubMatrix(bulk, boundary, 0, d), 4, random));
            }

            var initial = new InitialAnalysis(Backend, data, w, a, stepSize: 0.01, delta: 0.1);
            Assert.That(initial.RadiusPrime, Is.EqualTo(radius), "neurons with a = 0 must not move R′");
            var computed = Gram.PreActivations(Backend, x, w);
            var exact = CancellingInstances.PreActivations(x, w);
            var limit = ExactRational.FromDouble(initial.RadiusPrime) * data.InputNormBound;
            for (int k = 0; k < n; k++)
            {
                for (int r = 0; r < m; r++)
                {
                    var z = exact[k, r];
                    var magnitude = z.Sign < 0 ? ExactRational.Zero - z : z;
                    if (magnitude > limit)
                    {
                        continue;
                    }
                    Assert.That(Math.Abs(computed[k, r]), Is.LessThanOrEqualTo(initial.FlipThreshold),
                        $"variant {variant}: |z*| ≤ R′ν but |ẑ_{k},{r}| = {Math.Abs(computed[k, r]):R} > threshold {initial.FlipThreshold:R}");
                    checkedNearBoundary += r >= bulk && k == r % n ? 1 : 0;
                    missedWithoutWidening += Math.Abs(computed[k, r]) > radiusNu * (1 + 4 * Spectral.MachineEpsilon) ? 1 : 0;
                }
            }
        }
        TestContext.Out.WriteLine($"{checkedNearBoundary} boundary pairs with |z*| ≤ R′ν; {missedWithoutWidening} of them computed above R′ν(1 + 4ε)");
        Assert.That(missedWithoutWidening, Is.GreaterThan(0), "the construction must produce pairs that only the widening by the rounding of z keeps in S_i⊥");
    }
}
