using System.Diagnostics;
using NUnit.Framework;

namespace Verify.Cli.Tests;

/// <summary>Runs the built CLI (<c>dotnet verify.dll …</c>) to completion in a child process with extra environment variables.</summary>
internal static class CliProcess
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    public static (int Code, string Output, string Error) Run(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        string verify = Path.Combine(AppContext.BaseDirectory, "verify.dll");
        Assert.That(File.Exists(verify), Is.True, $"the built CLI next to the tests: {verify}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(verify);
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
        if (!process.WaitForExit(Patience))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"verify {string.Join(' ', args)} did not finish within {Patience}");
        }
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}
