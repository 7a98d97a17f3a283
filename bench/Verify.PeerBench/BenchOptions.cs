using System.Globalization;

namespace Verify.PeerBench;

/// <summary>The command line of verify-peer-bench.</summary>
internal sealed record BenchOptions(
    bool Quick, int Reps, string Out, string Python, string PeerScript, string Cli, IReadOnlySet<string> Sections, bool ShowHelp,
    string? StepMemory = null)
{
    public const int DefaultReps = 7;
    public const int QuickReps = 3;

    public static readonly IReadOnlyList<string> AllSections = ["dgemm", "w1", "w2", "w3", "w5", "breakdown", "scaling", "w4"];

    public const string Usage =
        """
        usage: verify-peer-bench [--quick] [--reps N] [--out DIR] [--python PATH] [--peer FILE] [--cli DLL] [--only LIST]
          --quick       smaller sizes (W5 keeps its size) and 3 repetitions (about 3 minutes instead of about 7)
          --reps N      timed repetitions per contender after one warm-up (default 7)
          --out DIR     where the table and the plots go (default reports/bench)
          --python P    the peer's interpreter (default /usr/bin/python3, Debian's, with python3-torch and python3-numpy)
          --peer FILE   the peer server (default scripts/bench/peer.py)
          --cli DLL     the built verify CLI for W4 (default src/Verify.Cli/bin/Release/net10.0/verify.dll)
          --only LIST   comma-separated sections: w1,w2,w3,w5,breakdown,scaling,w4 (default all; dgemm always runs)
          --step-memory M  internal: W5's memory child (tanh, relu or baseline): Verify's step alone, no peer
        Run through scripts/bench.sh, which installs the peers, sets the thread counts and builds first.
        """;

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        bool quick = false, help = false;
        string? stepMemory = null;
        int? reps = null;
        string output = Path.Combine("reports", "bench"), python = "/usr/bin/python3";
        string peer = Path.Combine("scripts", "bench", "peer.py");
        string cli = Path.Combine("src", "Verify.Cli", "bin", "Release", "net10.0", "verify.dll");
        var sections = new HashSet<string>(AllSections, StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} expects a value");
            switch (args[i])
            {
                case "--quick": quick = true; break;
                case "--reps": reps = ParseReps(Value()); break;
                case "--out": output = Value(); break;
                case "--python": python = Value(); break;
                case "--peer": peer = Value(); break;
                case "--cli": cli = Value(); break;
                case "--only": sections = ParseSections(Value()); break;
                case StepMemoryProbe.Option: stepMemory = ParseStepMemory(Value()); break;
                case "-h" or "--help": help = true; break;
                default: throw new ArgumentException($"unknown argument '{args[i]}'");
            }
        }

        sections.Add("dgemm");
        return new BenchOptions(quick, reps ?? (quick ? QuickReps : DefaultReps), output, python, peer, cli, sections, help, stepMemory);
    }

    public bool Runs(string section) => Sections.Contains(section);

    private static int ParseReps(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var reps) && reps >= 1
            ? reps
            : throw new ArgumentException($"--reps expects a positive integer, got '{text}'");

    private static string ParseStepMemory(string text) =>
        StepMemoryProbe.Modes.Contains(text)
            ? text
            : throw new ArgumentException($"{StepMemoryProbe.Option} expects one of {string.Join(", ", StepMemoryProbe.Modes)}, got '{text}'");

    private static HashSet<string> ParseSections(string text)
    {
        var sections = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var unknown = sections.Except(AllSections).ToList();
        return unknown.Count == 0
            ? sections
            : throw new ArgumentException($"--only: unknown section(s) {string.Join(", ", unknown)}; expected {string.Join(",", AllSections)}");
    }
}
