using System.Runtime.InteropServices;
using Verify.Cli;

// SIGINT (Ctrl-C) and SIGTERM stop the run cleanly at the next check: nothing of the report is left and the exit
// code is the shell's 128 + signal (130, 143). A second signal while stopping takes the default action (kills).
using var interrupt = new CancellationTokenSource();
int signalExitCode = ExitCodes.Interrupted;
var stopping = new Lock();

void OnSignal(PosixSignalContext context)
{
    lock (stopping)
    {
        if (interrupt.IsCancellationRequested)
        {
            return;
        }

        context.Cancel = true;
        bool terminate = context.Signal == PosixSignal.SIGTERM;
        signalExitCode = terminate ? ExitCodes.Terminated : ExitCodes.Interrupted;
        Console.Error.WriteLine(terminate ? "verify: terminating…" : "verify: interrupting (Ctrl-C again to kill)…");
        interrupt.Cancel();
    }
}

using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
int exitCode = VerifyCli.Run(args, Console.Out, Console.Error, interrupt.Token);
lock (stopping)
{
    return exitCode == ExitCodes.Interrupted && interrupt.IsCancellationRequested ? signalExitCode : exitCode;
}
