using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using Verify.Core.Networks;
using Verify.Numerics;

namespace Verify.Training.Tests;

/// <summary>The Jacobian Gram (finite-width NTK) and Hessian-vector products against finite differences.</summary>
public sealed class CalculusTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        from activation in TestNetworks.Activations
        from outputs in new[] { 1, 2 }
        select new TestCaseData(activation, outputs).SetArgDisplayNames(activation.Name, $"n_L={outputs}");

    [TestCaseSource(nameof(Cases))]
    public void JacobianGramMatchesAFiniteDifferenceJacobian(ActivationSpec activation, int outputs)
    {
        // J by central differences of the outputs (plain-loop forward pass) with h = 10⁻⁶ per weight: truncation
        // h²/6·|∂³F| ≲ 10⁻¹²·10, rounding ≲ 10·ε/h ≈ 2·10⁻⁹ per Jacobian entry; J Jᵀ sums ≲ 60 products of entries ≲ 3,
        // so its error is ≲ 60·2·3·2·10⁻⁹ ≈ 10⁻⁶. ReLU: exact up to rounding while no pre-activation is within reach of
        // its kink (checked). Tolerance 10⁻⁵ absolute on entries of size ~1–10; a missing layer or factor s errs by O(1).
        const double h = 1e-6;
        var (network, x, _) = TestNetworks.Problem(TestNetworks.Spec(activation, depth: 3, outputs), n: 4, d: 3, seed: 700);
        int[] layers = [1, 3];
        var gram = JacobianGram.Compute(TestBackends.Managed, network, x, layers);
        var preActivations = Backpropagation.Pass.Forward(TestBackends.Managed, network, x).PreActivations.Skip(1).Take(2);
        if (activation.Equals(ActivationSpec.Relu))
        {
            Assert.That(preActivations.SelectMany(z => z.Enumerate()).Min(Math.Abs), Is.GreaterThan(1e-4), "precondition: no kink within reach");
        }

        var columns = new List<Vector<double>>();
        foreach (var l in layers)
        {
            var w = network.Weight(l);
            for (var q = 0; q < w.ColumnCount; q++)
            {
                for (var p = 0; p < w.RowCount; p++)
                {
                    var plus = Outputs(TestNetworks.Perturbed(network, l, p, q, h), x);
                    var minus = Outputs(TestNetworks.Perturbed(network, l, p, q, -h), x);
                    columns.Add(Vector<double>.Build.DenseOfArray(((plus - minus) / (2 * h)).AsColumnMajorArray())); // (i, c) ↦ c·N + i
                }
            }
        }

        var jacobian = Matrix<double>.Build.DenseOfColumnVectors(columns);
        var expected = jacobian * jacobian.Transpose();

        Assert.Multiple(() =>
        {
            Assert.That(gram.RowCount, Is.EqualTo(4 * outputs));
            Assert.That((gram - expected).InfinityNorm(), Is.LessThan(1e-5 * (1 + expected.InfinityNorm())));
            Assert.That(gram, Is.EqualTo(gram.Transpose()), "exactly symmetric");
            Assert.That(expected.InfinityNorm(), Is.GreaterThan(1e-1), "a non-trivial kernel");
        });
    }

    [TestCaseSource(nameof(Cases))]
    public void HessianVectorProductMatchesFiniteDifferencesOfTheGradient(ActivationSpec activation, int outputs)
    {
        // (∇Φ(W + hV) − ∇Φ(W − hV))/(2h) with h = 10⁻⁵: truncation h²/6·|∂³∇Φ[V,V,V]| ≲ 10⁻¹⁰·10² = 10⁻⁸ for the smooth
        // activations (derivatives of σ up to the fourth are ≤ 3 here; b = 3 for smooth-leaky gives σ⁗ ≲ (1 − γ)b³/8 ≈ 3),
        // rounding ≲ 10²·ε·‖∇Φ‖/h ≈ 10⁻⁸. ReLU: ∇Φ is piecewise polynomial and exact while no pre-activation crosses 0
        // within ±hV (checked: |Z| > 10⁻³). Tolerance 10⁻⁶·(1 + ‖Hv‖_∞); a dropped σ″ or cross term errs by ≳ 10⁻².
        const double h = 1e-5;
        var (network, x, y) = TestNetworks.Problem(TestNetworks.Spec(activation, depth: 3, outputs), n: 5, d: 3, seed: 800);
        var direction = network.Weights.Select((w, l) => Gaussian.Sample(w.RowCount, w.ColumnCount, new Verify.Core.Xoshiro256StarStar(900 + (ulong)l))).ToArray();
        var preActivations = Backpropagation.Pass.Forward(TestBackends.Managed, network, x).PreActivations.Skip(1).Take(2);
        if (activation.Equals(ActivationSpec.Relu))
        {
            Assert.That(preActivations.SelectMany(z => z.Enumerate()).Min(Math.Abs), Is.GreaterThan(1e-3), "precondition: no kink within reach");
        }

        var product = HessianVectorProduct.Compute(TestBackends.Managed, network, x, y, direction);
        var plus = Backpropagation.Gradients(TestBackends.Managed, TestNetworks.Moved(network, direction, h), x, y);
        var minus = Backpropagation.Gradients(TestBackends.Managed, TestNetworks.Moved(network, direction, -h), x, y);

        Assert.Multiple(() =>
        {
            for (var l = 0; l < network.Depth; l++)
            {
                var expected = (plus[l] - minus[l]) / (2 * h);
                Assert.That((product[l] - expected).InfinityNorm(), Is.LessThan(1e-6 * (1 + expected.InfinityNorm())), $"layer {l + 1}");
            }

            Assert.That(product.Sum(p => p.FrobeniusNorm()), Is.GreaterThan(1e-2), "a non-trivial product");
        });
    }

    [Test]
    public void ForAScalarTwoLayerReluNetworkTheFirstLayerGramIsTheFiniteWidthReluNtk()
    {
        // J Jᵀ over layer 1 = (XXᵀ) ∘ (B₁B₁ᵀ) with B₁[i, r] = s·a_r·1{Zᵢᵣ ≥ 0}: for a ∈ {±1}, s = 1/√m this is
        // (XXᵀ) ∘ (PPᵀ)/m, Du et al.'s H(W) — the same counts, products in another order (≲ 10⁻¹⁵ relative).
        const int n = 6, d = 3, m = 40;
        var rng = new Verify.Core.Xoshiro256StarStar(5);
        var x = UnitSphere.Sample(n, d, rng);
        var network = FeedForwardNetwork.Initialize(new NetworkSpec([m, 1], ActivationSpec.Relu, 1 / Math.Sqrt(m)), d, new SchemeInit(SchemeInit.StandardSignOutput, 6));
        var backend = TestBackends.Managed;

        var gram = JacobianGram.Compute(backend, network, x, [1]);
        var expected = Gram.FiniteWidthReluNtk(backend, Gram.InputGram(backend, x), x * network.Weight(1));

        Assert.That((gram - expected).InfinityNorm(), Is.LessThan(1e-14));
    }

    private static Matrix<double> Outputs(FeedForwardNetwork network, Matrix<double> x) => network.Outputs(TestBackends.Managed, x);
}
