using System.Diagnostics;
using NUnit.Framework;

namespace Verify.Cli.Tests;

/// <summary>Runs the built CLI (<c>dotnet verify.dll …</c>), or another program, to completion in a child process with extra environment variables.</summary>
internal static class CliProcess
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    public static (int Code, string Output, string Error) Run(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        string verify = Path.Combine(AppContext.BaseDirectory, "verify.dll");
        Assert.That(File.Exists(verify), Is.True, $"the built CLI next to the tests: {verify}");
        return Execute("dotnet", [verify, .. args], environment, Patience);
    }

    /// <summary>Runs <paramref name="file"/> with <paramref name="args"/> to completion (killed and failed after <paramref name="patience"/>).</summary>
    public static (int Code, string Output, string Error) Execute(string file, IReadOnlyList<string> args, IReadOnlyDictionary<string, string> environment,
        TimeSpan patience, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }
        foreach (string argument in args)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(patience))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{file} {string.Join(' ', args)} did not finish within {patience}");
        }
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}
