using Verify.Numerics;

namespace Verify.Benchmarks;

/// <summary>
/// Times DGEMM, symmetric eigen-decomposition and SVD on every linear-algebra backend that loads and prints a table
/// with medians, GFLOP/s and the speed-up over the managed backend. Progress goes to stderr, the report to stdout.
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
            Console.Error.WriteLine($"verify-bench: {e.Message}");
            Console.Error.WriteLine(BenchOptions.Usage);
            return 2;
        }

        if (options.ShowHelp)
        {
            Console.WriteLine(BenchOptions.Usage);
            return 0;
        }

        Header.CaptureStartEnvironment();
        BackendSet backends;
        try
        {
            backends = BackendSet.Load();
        }
        catch (Exception e) when (e is BackendUnavailableException or ArgumentException)
        {
            Console.Error.WriteLine($"verify-bench: {e.Message}");
            return e is ArgumentException ? 2 : 1;
        }

        var sizes = Sizes.For(options);
        Header.Write(Console.Out, backends, options, sizes);
        Console.Out.Flush();

        var meter = new LoadMeter();
        var runner = new Runner(options.Reps, Console.Error);
        var measurements = Workloads.Create(sizes).SelectMany(w => runner.Run(w, backends.Loaded)).ToList();
        Console.Error.WriteLine();
        Table.Write(Console.Out, measurements, runner.Notes);
        Console.Out.WriteLine($"whole run: {meter.Describe()}; load avg after: {MachineInfo.LoadAverage()}");
        return 0;
    }
}
