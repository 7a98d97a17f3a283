using Verify.Benchmarks;
using Verify.Numerics;

namespace Verify.PeerBench;

/// <summary>
/// Verify against the script a researcher would write (PyTorch, NumPy) on the same work, side by side in one
/// invocation: a DGEMM for the machine's rate, W1 a gradient step, W2 λ₀, W3 λ_min(H(W)), W5 a deep network's step (and
/// its memory), the m and n sweeps, and W4 the whole <c>verify run du2019 --quick</c>. Progress goes to stderr, the report to stdout and to --out.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"verify-peer-bench: {e.Message}");
            Console.Error.WriteLine(BenchOptions.Usage);
            return 2;
        }

        if (options.ShowHelp)
        {
            Console.WriteLine(BenchOptions.Usage);
            return 0;
        }

        if (options.StepMemory is { } mode)
        {
            return StepMemoryProbe.Run(mode);
        }

        var environment = Header.CaptureEnvironment();
        try
        {
            var backends = VerifyBackends.Load();
            using var peer = PeerProcess.Start(options.Python, options.PeerScript);
            using var workspace = new Workspace();
            var context = new BenchContext(
                options, options.Quick ? Sizes.Quick : Sizes.Default, backends, peer, workspace,
                new InterleavedRunner(options.Reps, peer.ProcessId, Console.Error), Console.Error);
            var results = Measure(context, Header.Lines(options, backends, peer, environment));
            var text = new StringWriter();
            TextReport.Write(text, results);
            Console.Out.Write(text.ToString());
            var html = HtmlReport.Write(options.Out, results, text.ToString());
            Console.Out.WriteLine($"report: {html} (and table.txt, scaling-*.png beside it)");
            return 0;
        }
        catch (Exception e) when (e is PeerException or BackendUnavailableException or FileNotFoundException
            or System.ComponentModel.Win32Exception)
        {
            Console.Error.WriteLine($"verify-peer-bench: {e.Message}");
            return 1;
        }
    }

    private static BenchResults Measure(BenchContext context, IReadOnlyList<string> header)
    {
        var meter = new LoadMeter(context.Peer.ProcessId);
        var options = context.Options;
        var dgemm = DgemmSection.Run(context);
        var workloads = new List<Comparison>();
        if (options.Runs("w1"))
        {
            workloads.AddRange(GradientStepSection.Run(context));
        }

        if (options.Runs("w2"))
        {
            workloads.Add(Lambda0Section.Run(context));
        }

        if (options.Runs("w3"))
        {
            workloads.Add(NtkSection.Run(context));
        }

        var stepMemory = new List<StepMemory>();
        if (options.Runs("w5"))
        {
            workloads.AddRange(DeepStepSection.Run(context));
            GC.Collect();
            stepMemory.AddRange(StepMemorySection.Run(context));
        }

        var breakdown = options.Runs("breakdown") ? BreakdownSection.Run(context) : [];
        var sweeps = options.Runs("scaling") ? ScalingSection.Run(context) : [];
        GC.Collect();
        var whole = options.Runs("w4") ? WholeRunSection.Run(context) : null;
        context.Log.WriteLine();
        return new BenchResults(header, dgemm, workloads, breakdown, sweeps, whole, stepMemory, meter.Describe());
    }
}
