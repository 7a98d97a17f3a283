using Verify.Cli;

using var interrupt = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl-C stops the run cleanly at the next check; a second one kills the process.
    if (!interrupt.IsCancellationRequested)
    {
        e.Cancel = true;
        Console.Error.WriteLine("verify: interrupting (Ctrl-C again to kill)…");
        interrupt.Cancel();
    }
};
return VerifyCli.Run(args, Console.Out, Console.Error, interrupt.Token);
