using NUnit.Framework;
using Verify.Core.Networks;

namespace Verify.Training.Tests;

/// <summary>The engine's elementwise passes on several threads: the same bits as one thread, and no allocation.</summary>
public sealed class ColumnBlocksTests
{
    private const int Rows = 600, Columns = 250; // 150 000 elements: several blocks of ≥ 2^15

    [TestCaseSource(typeof(TestNetworks), nameof(TestNetworks.Activations))]
    public void BlocksOnSeveralThreadsGiveTheSameBitsAsOne(ActivationSpec spec)
    {
        var activation = Activation.Of(spec);
        var rng = new Random(7);
        var z = Enumerable.Range(0, Rows * Columns).Select(_ => 6 * (rng.NextDouble() - 0.5)).ToArray();
        var upstream = Enumerable.Range(0, Rows * Columns).Select(_ => rng.NextDouble() - 0.5).ToArray();

        var serial = Run(new ColumnBlocks(1), activation, z, upstream);
        var parallel = Run(new ColumnBlocks(4), activation, z, upstream);

        Assert.That(parallel.SequenceEqual(serial), Is.True);
    }

    [Test]
    public void ARunAllocatesNothingOnceWarm()
    {
        var blocks = new ColumnBlocks(Math.Max(2, Environment.ProcessorCount));
        var pass = new Pass(new double[Rows * Columns]);
        for (var k = 0; k < 50; k++)
        {
            blocks.Run(pass, Rows, Columns);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var k = 0; k < 1000; k++)
        {
            blocks.Run(pass, Rows, Columns);
        }

        Assert.Multiple(() =>
        {
            // Nothing per run. What is seen (96 B alone, 2–4 kB after other tests, the same for 100 as for 1000 runs) is the
            // thread pool creating a worker on the thread that queues work when it grows, not a per-run cost.
            Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.LessThanOrEqualTo(8192));
            Assert.That(pass.Values, Has.All.EqualTo(1050.0), "every element visited exactly once per run");
        });
    }

    private static double[] Run(ColumnBlocks blocks, Activation activation, double[] z, double[] upstream)
    {
        var f = new double[z.Length];
        blocks.Run(new Span(start => activation.Features(z.AsSpan(start.Start, start.Length), f.AsSpan(start.Start, start.Length))), Rows, Columns);
        var state = activation.DerivativeFromValue ? (double[])f.Clone() : (double[])z.Clone();
        blocks.Run(new Span(start => activation.Backpropagate(state.AsSpan(start.Start, start.Length), upstream.AsSpan(start.Start, start.Length))), Rows, Columns);
        return [.. f, .. state];
    }

    private sealed class Span(Action<(int Start, int Length)> body) : IColumnBlockPass
    {
        public void Apply(int start, int length) => body((start, length));
    }

    private sealed class Pass(double[] values) : IColumnBlockPass
    {
        public double[] Values => values;

        public void Apply(int start, int length)
        {
            foreach (ref var v in values.AsSpan(start, length))
            {
                v += 1;
            }
        }
    }
}
