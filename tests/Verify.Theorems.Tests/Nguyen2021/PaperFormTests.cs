using NUnit.Framework;
using Verify.Core;
using Verify.Theorems.Nguyen2021;

namespace Verify.Theorems.Tests.Nguyen2021;

/// <summary>
/// The paper's (A), (B), (C) (ρ_l = 1, constants 16, 32, 1) are decided by Z3 over exact rationals: their verdicts match a
/// direct exact-rational evaluation of the inputs, including cases exactly on the boundary, and overflow is Inconclusive.
/// </summary>
public sealed class PaperFormTests
{
    private static readonly (SectionFiveInputs Inputs, double StepSize)[] Cases =
    [
        (new(10.0, [1.0, 1.0], 1.0, 0.01), 0.01),            // (A), (B), (C) hold
        (new(10.0, [1.0, 1.0], 1.0, 100.0), 0.1),            // (A), (B), (C) fail
        (new(8.0, [1.0, 1.0], 1.0, 1.0), 0.0625),            // (A): 64 = 16·1·1·4 and (C): η·16 = 1, exactly on the boundary
        (new(4.0, [1.0, 1.0], 1.0, 1.0), 0.0625),            // (B): 64 = 32·1·1·(2·1), exactly on the boundary
        (new(2.5, [0.3, 1.7, 0.9], 0.7, 0.05), 0.003),
        (new(0.9, [0.3, 1.7, 0.9, 2.1], 0.7, 1e-4), 1e-3),
    ];

    [Test]
    public void PaperForms_MatchAnExactRationalEvaluation([Range(0, 5)] int index)
    {
        var (inputs, eta) = Cases[index];
        var (paper, ours) = Quantities(inputs);
        var (a, b, c) = Exact(inputs, eta);

        var paperA = N21HypothesisChecks.PaperA(paper, ours);
        var paperB = N21HypothesisChecks.PaperB(paper, ours);
        var paperC = N21HypothesisChecks.PaperC(paper, ours, eta);

        Assert.That(paperA.Verdict, Is.EqualTo(a ? Verdict.Pass : Verdict.Fail), paperA.Note);
        Assert.That(paperB.Verdict, Is.EqualTo(b ? Verdict.Pass : Verdict.Fail), paperB.Note);
        Assert.That(paperC.Verdict, Is.EqualTo(c ? Verdict.Pass : Verdict.Fail), paperC.Note);
        Assert.That(paperA.Note, Does.Contain("Z3"));
        Assert.That(paperA.Value, Is.EqualTo(paper.LambdaFSquared / (16 * inputs.XFrobenius * inputs.Residual * paper.ProductAll)), "the ratio is the value shown");
    }

    [Test]
    public void PaperForms_HoldingAndFailingCasesAreBoth()
    {
        Assert.That(Exact(Cases[0].Inputs, Cases[0].StepSize), Is.EqualTo((true, true, true)));
        Assert.That(Exact(Cases[1].Inputs, Cases[1].StepSize), Is.EqualTo((false, false, false)));
        Assert.That(Exact(Cases[2].Inputs, Cases[2].StepSize).A, Is.True);
        Assert.That(Exact(Cases[2].Inputs, Cases[2].StepSize).C, Is.True);
        Assert.That(Exact(Cases[3].Inputs, Cases[3].StepSize).B, Is.True);
    }

    [Test]
    public void PaperForms_OverflowIsInconclusiveWithAReason()
    {
        const double scale = 1e150;
        var inputs = new SectionFiveInputs(10.0 * scale, [1.0 * scale, 1.0 * scale, 1.0 * scale], 1.0 * scale, 0.01 * scale);
        var (paper, ours) = Quantities(inputs);

        foreach (var evidence in new[] { N21HypothesisChecks.PaperA(paper, ours), N21HypothesisChecks.PaperB(paper, ours), N21HypothesisChecks.PaperC(paper, ours, 1e-3) })
        {
            Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Inconclusive), evidence.Note);
            Assert.That(evidence.Note, Does.Contain("not decided"));
        }
    }

    [Test]
    public void PaperForms_NonFiniteInputIsInconclusiveWithAReason()
    {
        var inputs = new SectionFiveInputs(10.0, [1.0, double.PositiveInfinity], 1.0, 0.01);
        var (paper, ours) = Quantities(inputs);

        foreach (var evidence in new[] { N21HypothesisChecks.PaperA(paper, ours), N21HypothesisChecks.PaperB(paper, ours), N21HypothesisChecks.PaperC(paper, ours, double.NaN) })
        {
            Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Inconclusive), evidence.Note);
            Assert.That(evidence.Note, Does.Contain("non-finite input"));
        }
    }

    private static (SectionFiveQuantities Paper, SectionFiveQuantities Ours) Quantities(SectionFiveInputs inputs)
    {
        var ones = Enumerable.Repeat(1.0, inputs.Depth).ToList();
        return (SectionFiveQuantities.From(inputs, ones, pessimistic: true), SectionFiveQuantities.From(inputs, ones, pessimistic: true));
    }

    /// <summary>(A), (B), (C) over exact rationals of the doubles, λ̄_l = ‖W_l⁰‖₂ + 1, Σ λ̄_l⁻² kept as fractions.</summary>
    private static (bool A, bool B, bool C) Exact(SectionFiveInputs inputs, double eta)
    {
        int depth = inputs.Depth;
        ExactRational one = 1.0, lf = inputs.LambdaF, x = inputs.XFrobenius, r = inputs.Residual, step = eta;
        var bar = inputs.LayerNorms.Select(n => (ExactRational)n + one).ToList();
        var all = bar.Aggregate(one, (p, v) => p * v);
        var hidden = bar.Take(depth - 1).Aggregate(one, (p, v) => p * v);
        var inverseSquares = bar.Take(depth - 1).Aggregate(ExactRational.Zero, (s, v) => s + one / (v * v));
        ExactRational sixteen = 16.0, thirtyTwo = 32.0;
        bool a = lf.Sign > 0 && lf * lf >= sixteen * x * r * all;
        bool b = lf.Sign > 0 && lf * lf * lf >= thirtyTwo * x * x * r * hidden * all * inverseSquares;
        bool c = step.Sign > 0 && step * x * x * all * all <= one;
        return (a, b, c);
    }
}
