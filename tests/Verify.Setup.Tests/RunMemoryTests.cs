using System.Numerics;
using NUnit.Framework;

namespace Verify.Setup.Tests;

/// <summary>Known answers of the run-memory estimate, term by term (the measured checks are in Verify.Cli.Tests).</summary>
public sealed class RunMemoryTests
{
    [Test]
    public void TwoLayerRelu_AddsKernelsArraysAdviceInputsTrajectoryAndReport()
    {
        var items = RunMemory.TwoLayerRelu(n: 1500, d: 3, m: 5, steps: 20, "$.data.n");

        Assert.That(items.Select(i => i.Bytes), Is.EqualTo(new BigInteger[]
        {
            9L * 1500 * 1500 * 8,        // XXᵀ, H∞, its eigenvectors, H(0), H(0) − H∞, four work copies of the certified bounds
            (1500 + 3) * 5 * 8 * 6,      // n×m and m×d, 6 copies
            2 * 10_000_000L * 8,         // the advice's search trial
            3 * 1500 * 3 * 8,            // the inputs
            20 * 10 * 3 * 8,             // 10 numbers per step, 3 copies
            20 * 10 * 36 * 3,            // report.json: 36 bytes a number, string + UTF-8
        }));
        Assert.That(RunMemory.Total(items), Is.EqualTo(new BigInteger(322_495_120)));
    }

    [Test]
    public void Mlp_CountsWeightsFeaturesInputsAndTwoNumbersPerSeries()
    {
        var items = RunMemory.Mlp([10, 20, 1], n: 100, d: 4, steps: 50, "$.data.inputs");

        Assert.That(items[0].Bytes, Is.EqualTo(new BigInteger((6 * (4 * 10 + 10 * 20 + 20 * 1) + 6 * 100 * (10 + 20 + 1)) * 8)));
        Assert.That(RunMemory.ReportNumbersPerStep(3), Is.EqualTo(8), "the loss and three layers' distances, a step and a value each");
        Assert.That(items[^1].Bytes, Is.EqualTo(new BigInteger(50 * 8 * 36 * 3)));
    }

    [Test]
    public void Problem_NamesTheTotalEveryTermAndTheAvailableMemory()
    {
        var items = RunMemory.TwoLayerRelu(n: 1500, d: 3, m: 5, steps: 20, "$.data.n");

        Assert.That(RunMemory.Problem(items, availableBytes: 322495120), Is.Null, "fits exactly");
        Assert.That(RunMemory.Problem(items, availableBytes: 0), Is.Null, "unknown memory: no verdict");
        Assert.That(RunMemory.Problem(items, availableBytes: 200_000_000), Does.StartWith("the run would need about 322495120 bytes (307.6 MiB)")
            .And.Contain("9 n×n kernel matrices").And.Contain("162000000 bytes").And.Contain("but 200000000 bytes (190.7 MiB) are available"));
    }
}
