using System.Diagnostics;
using System.Globalization;

namespace Verify.PeerBench;

/// <summary>
/// The peer: one long-lived Python process (scripts/bench/peer.py) that loads workloads from .npy files and runs them
/// on request, timing each run with its own clock (<c>time.perf_counter</c>) so that neither the pipe nor process
/// start-up is counted. One request per line on its stdin, one reply per line on its stdout: "ok …" or "error …".
/// Its stderr goes to ours.
/// </summary>
internal sealed class PeerProcess : IDisposable
{
    private readonly Process _process;

    private PeerProcess(Process process, string info)
    {
        _process = process;
        Info = info;
    }

    /// <summary>The peer's process id (its CPU time is not counted as outside load).</summary>
    public int ProcessId => _process.Id;

    /// <summary>Python, NumPy and PyTorch versions and thread settings, as the peer reports them.</summary>
    public string Info { get; }

    public static PeerProcess Start(string python, string script)
    {
        var start = new ProcessStartInfo(python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-u");
        start.ArgumentList.Add(script);
        var process = Process.Start(start) ?? throw new PeerException($"could not start {python} {script}");
        var info = Request(process, "info");
        return new PeerProcess(process, info);
    }

    /// <summary>Loads workload <paramref name="kind"/> from <paramref name="directory"/> under the handle <paramref name="id"/>.</summary>
    public void Load(string id, string kind, string directory, params (string Key, string Value)[] parameters)
    {
        var extra = string.Concat(parameters.Select(p => $" {p.Key}={p.Value}"));
        Request(_process, $"load {id} {kind} {directory}{extra}");
    }

    /// <summary>Runs the workload once; returns the seconds the peer measured around the call.</summary>
    public double Run(string id) => double.Parse(Request(_process, $"run {id}"), CultureInfo.InvariantCulture);

    /// <summary>The numbers the last run produced, for the agreement check.</summary>
    public double[] Result(string id) =>
        [.. Request(_process, $"result {id}").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(v => double.Parse(v, CultureInfo.InvariantCulture))];

    public void Unload(string id) => Request(_process, $"unload {id}");

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.StandardInput.WriteLine("quit");
                _process.StandardInput.Flush();
                if (!_process.WaitForExit(TimeSpan.FromSeconds(10)))
                {
                    _process.Kill();
                }
            }
        }
        catch (IOException)
        {
            // The peer already closed its end.
        }
        finally
        {
            _process.Dispose();
        }
    }

    private static string Request(Process process, string line)
    {
        process.StandardInput.WriteLine(line);
        process.StandardInput.Flush();
        var reply = process.StandardOutput.ReadLine();
        if (reply is null)
        {
            process.WaitForExit(TimeSpan.FromSeconds(5));
            var code = process.HasExited ? process.ExitCode.ToString(CultureInfo.InvariantCulture) : "unknown";
            throw new PeerException($"the peer exited (code {code}) while answering '{line}'; its error is above");
        }

        if (reply.StartsWith("ok", StringComparison.Ordinal))
        {
            return reply.Length > 2 ? reply[3..] : "";
        }

        throw new PeerException($"the peer answered '{line}' with: {reply}");
    }
}
