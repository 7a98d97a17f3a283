using NUnit.Framework;
using Verify.Core.Networks;

namespace Verify.Training.Tests;

/// <summary>Known answers for every activation's values, derivatives and proven properties; derivatives against finite differences.</summary>
public sealed class ActivationTests
{
    private const double Gamma = 0.2;
    private const double Sharpness = 3.0;

    private static readonly ActivationSpec[] Specs =
    [
        ActivationSpec.Relu, ActivationSpec.Tanh, new("sigmoid"), new("softplus"), new("arctan"),
        ActivationSpec.SmoothLeaky(Gamma, Sharpness),
    ];

    private static readonly ActivationSpec[] SmoothSpecs = [.. Specs.Skip(1)];

    [Test]
    public void EveryNameHasAnActivationAndUnknownOnesAreRejected()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ActivationSpec.Names.Where(n => n != ActivationSpec.SmoothLeakyName).Select(n => Activation.Of(new(n)).Spec.Name),
                Is.EqualTo(ActivationSpec.Names.Where(n => n != ActivationSpec.SmoothLeakyName)));
            Assert.That(() => Activation.Of(new("gelu")), Throws.ArgumentException.With.Message.Contains("gelu"));
            Assert.That(() => Activation.Of(ActivationSpec.SmoothLeaky(1.0, 1.0)), Throws.ArgumentException.With.Message.Contains("γ"));
            Assert.That(() => Activation.Of(ActivationSpec.SmoothLeaky(0.5, 0.0)), Throws.ArgumentException.With.Message.Contains("b"));
        });
    }

    [Test]
    public void ValuesAndDerivativesAtKnownPoints()
    {
        var relu = Activation.Of(ActivationSpec.Relu);
        var tanh = Activation.Of(ActivationSpec.Tanh);
        var sigmoid = Activation.Of(new("sigmoid"));
        var softplus = Activation.Of(new("softplus"));
        var arctan = Activation.Of(new("arctan"));
        var leaky = Activation.Of(ActivationSpec.SmoothLeaky(Gamma, Sharpness));
        var tanhKink = Math.Atanh(1 / Math.Sqrt(3)); // where |tanh″| is largest
        // Closed forms at simple points; each is a few roundings away from the exact value, hence 1e-15 relative.
        Assert.Multiple(() =>
        {
            Assert.That(relu.Value(-1.5), Is.Zero);
            Assert.That(relu.Value(2.5), Is.EqualTo(2.5));
            Assert.That(relu.Value(double.NaN), Is.NaN, "NaN passes through, so divergence shows in the loss");
            Assert.That(relu.Derivative(0.0), Is.EqualTo(1.0), "σ′(0) = 1, the convention of the two-layer kernels");
            Assert.That(relu.Derivative(-1e-300), Is.Zero);
            Assert.That(relu.SecondDerivative(3.0), Is.Zero);

            Assert.That(tanh.Value(1.0), Is.EqualTo(Math.Tanh(1.0)));
            Assert.That(tanh.Derivative(0.0), Is.EqualTo(1.0));
            Assert.That(tanh.Derivative(1.0), Is.EqualTo(1 - (Math.Tanh(1.0) * Math.Tanh(1.0))).Within(1e-15));
            Assert.That(tanh.SecondDerivative(tanhKink), Is.EqualTo(-4 / (3 * Math.Sqrt(3))).Within(1e-15));
            Assert.That(tanh.Derivative(800.0), Is.Zero, "1/cosh² underflows to 0 instead of overflowing");

            Assert.That(sigmoid.Value(0.0), Is.EqualTo(0.5));
            Assert.That(sigmoid.Value(Math.Log(3)), Is.EqualTo(0.75).Within(1e-15));
            Assert.That(sigmoid.Derivative(0.0), Is.EqualTo(0.25));
            Assert.That(sigmoid.Derivative(Math.Log(3)), Is.EqualTo(0.1875).Within(1e-15)); // ¾·¼
            Assert.That(sigmoid.SecondDerivative(Math.Log(3)), Is.EqualTo(-0.09375).Within(1e-15)); // ¾·¼·(¼ − ¾)
            Assert.That(sigmoid.Value(-800.0), Is.EqualTo(0.0).Within(1e-300));

            Assert.That(softplus.Value(0.0), Is.EqualTo(Math.Log(2)));
            Assert.That(softplus.Value(Math.Log(3)), Is.EqualTo(Math.Log(4)).Within(1e-15));
            Assert.That(softplus.Derivative(0.0), Is.EqualTo(0.5));
            Assert.That(softplus.SecondDerivative(0.0), Is.EqualTo(0.25));
            Assert.That(softplus.Value(1000.0), Is.EqualTo(1000.0), "no overflow of e^x");

            Assert.That(arctan.Value(1.0), Is.EqualTo(Math.PI / 4).Within(1e-16));
            Assert.That(arctan.Derivative(1.0), Is.EqualTo(0.5));
            Assert.That(arctan.SecondDerivative(1.0), Is.EqualTo(-0.5));
            Assert.That(arctan.SecondDerivative(1 / Math.Sqrt(3)), Is.EqualTo(-3 * Math.Sqrt(3) / 8).Within(1e-15));

            Assert.That(leaky.Value(0.0), Is.Zero);
            Assert.That(leaky.Derivative(0.0), Is.EqualTo(Gamma + ((1 - Gamma) / 2)).Within(1e-16));
            Assert.That(leaky.SecondDerivative(0.0), Is.EqualTo((1 - Gamma) * Sharpness / 4).Within(1e-16));
        });
    }

    [Test]
    public void SmoothLeakyIsAccurateForLargeAndTinyArguments()
    {
        var leaky = Activation.Of(ActivationSpec.SmoothLeaky(Gamma, Sharpness));
        // For bx = ±3000, log(1 + e^{bx}) is bx + e^{−3000} resp. e^{−3000}: exactly bx resp. 0 in float64, so
        // σ(x) = x − (1 − γ)log 2/b resp. γx − (1 − γ)log 2/b up to the rounding of a few operations (1e-15 relative).
        // A naive log(1 + exp(bx)) gives +∞ at bx = 3000.
        const double large = 1000.0;
        // Near 0, σ(x) = (γ + (1 − γ)/2)x + (1 − γ)bx²/8 + O(x⁴) (the x³ term of log((1 + e^t)/2) vanishes): at x = 1e-10
        // the quadratic term is 3e-21 and the rest ≲ 1e-40, so the two-term value is exact to rounding (1e-14 relative
        // leaves room for a few operations); a formula that subtracts log 2 from log(1 + e^{bx}) ≈ log 2 loses about 6 of
        // the 16 digits (an absolute error of ε·log 2/b ≈ 5e-17 on a value of 6e-11, 1e-6 relative).
        const double tiny = 1e-10;
        Assert.Multiple(() =>
        {
            Assert.That(leaky.Value(large), Is.EqualTo(large - ((1 - Gamma) * Math.Log(2) / Sharpness)).Within(1e-15 * large));
            Assert.That(leaky.Value(-large), Is.EqualTo((-Gamma * large) - ((1 - Gamma) * Math.Log(2) / Sharpness)).Within(1e-15 * large));
            Assert.That(leaky.Derivative(large), Is.EqualTo(1.0));
            Assert.That(leaky.Derivative(-large), Is.EqualTo(Gamma));
            Assert.That(leaky.SecondDerivative(large), Is.Zero);
            Assert.That(leaky.Value(tiny), Is.EqualTo(((Gamma + ((1 - Gamma) / 2)) * tiny) + ((1 - Gamma) * Sharpness * tiny * tiny / 8)).Within(1e-14 * tiny));
            Assert.That(leaky.Value(-tiny), Is.EqualTo((-(Gamma + ((1 - Gamma) / 2)) * tiny) + ((1 - Gamma) * Sharpness * tiny * tiny / 8)).Within(1e-14 * tiny));
        });
    }

    [Test]
    public void PropertiesAreTheClosedForms()
    {
        var sqrt3 = Math.Sqrt(3);
        var expected = new Dictionary<string, ActivationProperties>
        {
            ["relu"] = new(0, 1, double.PositiveInfinity, 0, Smooth: false, StrictlyIncreasing: false, BoundedByIdentity: true, QuasiConcaveDerivative: true, DerivativePeak: double.PositiveInfinity),
            ["tanh"] = new(0, 1, 4 / (3 * sqrt3), 0, true, true, true, true, 0),
            ["sigmoid"] = new(0, 0.25, sqrt3 / 18, 0.5, true, true, false, true, 0),
            ["softplus"] = new(0, 1, 0.25, Math.Log(2), true, true, false, true, double.PositiveInfinity),
            ["arctan"] = new(0, 1, 3 * sqrt3 / 8, 0, true, true, true, true, 0),
            [ActivationSpec.SmoothLeakyName] = new(Gamma, 1, (1 - Gamma) * Sharpness / 4, 0, true, true, true, true, double.PositiveInfinity),
        };

        Assert.Multiple(() =>
        {
            foreach (var spec in Specs)
            {
                Assert.That(Activation.Of(spec).Properties, Is.EqualTo(expected[spec.Name]), spec.Name);
            }
        });
    }

    [TestCaseSource(nameof(Specs))]
    public void PropertiesHoldOnAFineGrid(ActivationSpec spec)
    {
        // A grid of step 10⁻³ on [−30, 30]: it contains points within 5·10⁻⁴ of where sup |σ″| is attained (0 or
        // ±atanh(1/√3), ±1/√3, ±log(2 ± √3)/b …), and |σ‴| ≤ 2 there for every activation here (b = 3: ≤ (1 − γ)b²/(6√3) < 1),
        // so the grid maximum of |σ″| is within 10⁻³ of the supremum. The derivative bounds are checked with a relative
        // slack of 10⁻¹⁴ (a few roundings of each formula).
        var activation = Activation.Of(spec);
        var p = activation.Properties;
        var grid = Enumerable.Range(-30_000, 60_001).Select(i => i * 1e-3).ToArray();
        var values = activation.Values(grid);
        var derivatives = activation.Derivatives(grid);
        var seconds = activation.SecondDerivatives(grid);
        Assert.Multiple(() =>
        {
            Assert.That(activation.Value(0.0), Is.EqualTo(p.ValueAtZero).Within(1e-16));
            Assert.That(derivatives.Min(), Is.GreaterThanOrEqualTo(p.InfDerivative - 1e-14));
            Assert.That(derivatives.Max(), Is.LessThanOrEqualTo(p.SupDerivative + 1e-14));
            if (p.Smooth)
            {
                Assert.That(seconds.Max(Math.Abs), Is.LessThanOrEqualTo(p.SupAbsSecondDerivative * (1 + 1e-14)));
                Assert.That(seconds.Max(Math.Abs), Is.GreaterThanOrEqualTo(p.SupAbsSecondDerivative - 1e-3), "the supremum is attained");
            }

            // Monotonicity on [−10, 10] only: beyond, sigmoid's steps (≈ e^{−|x|}·10⁻³) fall below an ulp of its value.
            var middle = values[20_000..40_001];
            Assert.That(middle.Zip(middle.Skip(1)).All(v => v.Second > v.First), Is.EqualTo(p.StrictlyIncreasing), "strictly increasing");
            var bounded = grid.Zip(values).All(v => Math.Abs(v.Second) <= Math.Abs(v.First));
            Assert.That(bounded, Is.EqualTo(p.BoundedByIdentity), "|σ(x)| ≤ |x| (a counterexample at 0 when σ(0) ≠ 0)");
        });
    }

    [TestCaseSource(nameof(SmoothSpecs))]
    public void DerivativesMatchCentralFiniteDifferences(ActivationSpec spec)
    {
        // Central differences with h = 10⁻⁵ on [−4, 4]: truncation h²/6·sup|σ‴| ≤ 2·10⁻¹⁰ (|σ‴| ≤ 2 for tanh, sigmoid,
        // softplus, arctan; ≤ (1 − γ)b²/(6√3)·… < 1 for smooth-leaky with b = 3), rounding ≈ 2ε·|σ|/(2h) ≤ 2ε·4/10⁻⁵ ≈ 10⁻¹⁰.
        // 10⁻⁸ leaves a factor 30 of margin, while a wrong formula errs by ≥ 10⁻³ somewhere on the grid.
        const double h = 1e-5;
        var activation = Activation.Of(spec);
        Assert.Multiple(() =>
        {
            for (var x = -4.0; x <= 4.0; x += 0.37)
            {
                var first = (activation.Value(x + h) - activation.Value(x - h)) / (2 * h);
                var second = (activation.Derivative(x + h) - activation.Derivative(x - h)) / (2 * h);
                Assert.That(activation.Derivative(x), Is.EqualTo(first).Within(1e-8), $"σ′({x})");
                Assert.That(activation.SecondDerivative(x), Is.EqualTo(second).Within(1e-8), $"σ″({x})");
            }
        });
    }

    [Test]
    public void ReluDerivativeMatchesFiniteDifferencesAwayFromTheKink()
    {
        var relu = Activation.Of(ActivationSpec.Relu);
        const double h = 1e-6; // piecewise linear: central differences are exact up to rounding (≤ ε|x|/h ≈ 10⁻⁹) when |x| > h
        Assert.Multiple(() =>
        {
            foreach (var x in new[] { -3.0, -0.5, -2e-6, 2e-6, 0.5, 3.0 })
            {
                Assert.That(relu.Derivative(x), Is.EqualTo((relu.Value(x + h) - relu.Value(x - h)) / (2 * h)).Within(1e-9), $"σ′({x})");
            }
        });
    }

    [TestCaseSource(nameof(Specs))]
    public void SpanFormsEqualTheScalarFormsAlsoInPlace(ActivationSpec spec)
    {
        var activation = Activation.Of(spec);
        double[] input = [-5.0, -1.0, -0.0, 0.0, 0.3, 2.0, 40.0];
        var inPlace = (double[])input.Clone();
        activation.Derivatives(inPlace, inPlace);
        Assert.Multiple(() =>
        {
            Assert.That(activation.Values(input), Is.EqualTo(input.Select(activation.Value)));
            Assert.That(activation.Derivatives(input), Is.EqualTo(input.Select(activation.Derivative)));
            Assert.That(activation.SecondDerivatives(input), Is.EqualTo(input.Select(activation.SecondDerivative)));
            Assert.That(inPlace, Is.EqualTo(input.Select(activation.Derivative)));
            Assert.That(() => activation.Values(input, new double[3]), Throws.ArgumentException);
        });
    }
}
