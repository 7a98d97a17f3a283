using System.Runtime.ExceptionServices;

namespace Verify.Training;

/// <summary>An elementwise pass over a range of a column-major array (one column block of an N × n matrix).</summary>
internal interface IColumnBlockPass
{
    /// <summary>Applies the pass to elements [start, start + length).</summary>
    void Apply(int start, int length);
}

/// <summary>
/// Runs an elementwise pass over an N × n column-major matrix in column blocks on up to <see cref="Parts"/> threads: the
/// calling thread takes the first block and, once done, any block no pool thread has started, so a busy pool never
/// stalls it. Every element is computed independently by the same code, so the results do not depend on the number of
/// blocks or threads. Allocates nothing per run (its work items are reused; only when the thread pool adds a worker does
/// the queuing thread allocate the thread). Not thread-safe: one run at a time.
/// </summary>
internal sealed class ColumnBlocks
{
    /// <summary>Below this many elements per block a pass runs on the calling thread alone (a hand-off costs ~µs).</summary>
    public const int MinimumBlock = 1 << 15;

    private readonly Block[] _blocks;
    private readonly CountdownEvent _pending = new(0);
    private ExceptionDispatchInfo? _failure;

    /// <summary>Up to <paramref name="parts"/> blocks per pass (default: one per processor).</summary>
    public ColumnBlocks(int parts = 0)
    {
        Parts = parts > 0 ? parts : Environment.ProcessorCount;
        _blocks = new Block[Parts];
        for (var i = 0; i < Parts; i++)
        {
            _blocks[i] = new Block(this);
        }
    }

    /// <summary>The most blocks (threads) one pass uses.</summary>
    public int Parts { get; }

    /// <summary>Applies <paramref name="pass"/> to all <paramref name="rows"/> × <paramref name="columns"/> elements.</summary>
    public void Run(IColumnBlockPass pass, int rows, int columns)
    {
        var length = rows * columns;
        var parts = Math.Min(Math.Min(Parts, columns), length / MinimumBlock);
        if (parts <= 1)
        {
            pass.Apply(0, length);
            return;
        }

        var perBlock = (columns + parts - 1) / parts;
        parts = (columns + perBlock - 1) / perBlock;
        _failure = null;
        _pending.Reset(parts);
        for (var i = 0; i < parts; i++)
        {
            var start = i * perBlock * rows;
            _blocks[i].Prepare(pass, start, (Math.Min((i + 1) * perBlock, columns) * rows) - start);
        }

        for (var i = 1; i < parts; i++)
        {
            ThreadPool.UnsafeQueueUserWorkItem(_blocks[i], preferLocal: false);
        }

        for (var i = 0; i < parts; i++)
        {
            _blocks[i].TryRun();
        }

        _pending.Wait();
        _failure?.Throw();
    }

    private void Done(Exception? failure)
    {
        if (failure is not null)
        {
            Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(failure), null);
        }

        _pending.Signal();
    }

    /// <summary>
    /// One block: whoever claims it first (a pool thread or the caller) runs it. A work item queued for an earlier run
    /// that starts late finds its block claimed, or claims the current run's block after <see cref="Prepare"/> has set it.
    /// </summary>
    private sealed class Block(ColumnBlocks owner) : IThreadPoolWorkItem
    {
        private IColumnBlockPass? _pass;
        private int _start;
        private int _length;
        private int _claimed = 1;

        public void Prepare(IColumnBlockPass pass, int start, int length)
        {
            _pass = pass;
            _start = start;
            _length = length;
            Volatile.Write(ref _claimed, 0);
        }

        public void TryRun()
        {
            if (Interlocked.Exchange(ref _claimed, 1) != 0)
            {
                return;
            }

            Exception? failure = null;
            try
            {
                _pass!.Apply(_start, _length);
            }
            catch (Exception e)
            {
                failure = e;
            }

            owner.Done(failure);
        }

        public void Execute() => TryRun();
    }
}
