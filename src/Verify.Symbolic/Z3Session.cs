using System.Globalization;

namespace Verify.Symbolic;

/// <summary>
/// One Z3 context, fed SMT-LIB2 text through Z3's C API, with a deterministic resource limit.
/// <para>
/// Resource limit: Z3's <c>rlimit</c> counter (a count of solver steps, independent of machine load), set per
/// context with <c>(set-option :reproducible-resource-limit N)</c>. It bounds each <c>check-sat</c> separately;
/// when it is exhausted Z3 answers <c>unknown</c> and <see cref="Prove"/>/<see cref="Check"/> return
/// <see cref="ProofResult.Unknown"/> with Z3's reason (<c>max. resource limit exceeded</c>, or <c>canceled</c>
/// when the limit strikes inside the SAT core). (The <c>rlimit</c> parameter of <c>Z3_mk_config</c> does not reach the
/// SMT-LIB2 front end, and <c>(set-option :rlimit N)</c> is process-wide, so neither is used.)
/// </para>
/// <para>
/// Scope: every <see cref="Prove"/> and <see cref="Check"/> starts with <c>(reset)</c>, so declarations and
/// assertions never leak from one query to the next and a session can be reused. <see cref="Evaluate"/> is raw:
/// it does not reset, so consecutive calls share state.
/// </para>
/// <para>
/// Threads: a session is used from one thread at a time (concurrent calls throw
/// <see cref="InvalidOperationException"/>); separate sessions may be used from parallel threads, but their
/// calls into Z3 take turns (see <c>Z3NativeApi.EvaluateSmtLib2</c>: Z3 4.8's SIGINT handling is not thread-safe).
/// </para>
/// <para>
/// Signals: a SIGINT that Z3's own handler catches during a <c>check-sat</c> is sent to the process again and
/// the check throws <see cref="OperationCanceledException"/> instead of answering <c>unknown</c>.
/// </para>
/// </summary>
public sealed class Z3Session : IDisposable
{
    /// <summary>
    /// 50 million <c>rlimit</c> units per <c>check-sat</c>. Typical bound-arithmetic obligations use a few
    /// thousand units (milliseconds); measured on the development machine, propositional search runs at about
    /// 0.5 million units per second, so the worst case is about 100 s per query.
    /// </summary>
    public const long DefaultResourceLimit = 50_000_000;

    /// <summary>Z3's reason-unknown when its SIGINT handler cancelled a <c>check-sat</c> (<c>CTRL_C_EH_CALLER</c>).</summary>
    private const string KeyboardInterruptReason = "interrupted from keyboard";

    private readonly Z3NativeApi _api;
    private nint _context;
    private int _busy;

    /// <summary>
    /// Makes a context whose every <c>check-sat</c> may use at most <paramref name="resourceLimit"/> units
    /// (1 to 4294967295). Throws <see cref="Z3UnavailableException"/> when Z3 is not installed.
    /// </summary>
    public Z3Session(long resourceLimit = DefaultResourceLimit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(resourceLimit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(resourceLimit, uint.MaxValue);
        _api = Z3Library.Api;
        ResourceLimit = resourceLimit;
        _context = _api.CreateContext(new Dictionary<string, string> { ["model"] = "true" });
        Run(ResourceLimitCommand, "resource limit");
    }

    ~Z3Session()
    {
        Free();
    }

    /// <summary>The <c>rlimit</c> units each <c>check-sat</c> may use.</summary>
    public long ResourceLimit { get; }

    private string ResourceLimitCommand =>
        $"(set-option :reproducible-resource-limit {ResourceLimit.ToString(CultureInfo.InvariantCulture)})";

    /// <summary>
    /// Feeds <paramref name="smtLib2"/> to Z3 in the current state (no reset) and returns what Z3 printed.
    /// Throws <see cref="Z3QueryException"/> with Z3's message when Z3 reports an error or an unsupported command.
    /// </summary>
    public string Evaluate(string smtLib2)
    {
        ArgumentNullException.ThrowIfNull(smtLib2);
        Z3OptionGuard.EnsureLocal(smtLib2, "query");
        return Run(smtLib2, "query");
    }

    /// <summary>
    /// Decides whether <paramref name="goal"/> follows from <paramref name="premises"/>: in a fresh scope,
    /// asserts the premises (SMT-LIB2 declarations and assertions, no <c>check-sat</c>) and the negation of the
    /// goal (one Boolean term), then checks satisfiability. <c>unsat</c> → <see cref="ProofResult.Proved"/>;
    /// <c>sat</c> → <see cref="ProofResult.Refuted"/> with the model; <c>unknown</c> →
    /// <see cref="ProofResult.Unknown"/> with Z3's reason. Error positions in messages are relative to the part
    /// (premises or goal) they occur in.
    /// </summary>
    public ProofResult Prove(string premises, string goal)
    {
        ArgumentNullException.ThrowIfNull(premises);
        ArgumentNullException.ThrowIfNull(goal);
        Z3OptionGuard.EnsureLocal(premises, "premises");
        Z3OptionGuard.EnsureLocal(goal, "goal");

        StartFreshScope();
        string premisesOutput = Run(premises, "premises");
        if (Z3Output.CheckSatAnswers(premisesOutput).Count > 0)
        {
            throw new Z3QueryException(
                "The premises must hold only declarations and assertions, but they contain a check-sat.",
                z3Message: null,
                premisesOutput);
        }

        Run($"(assert (not {goal}\n))", "goal");
        return Conclude(SingleAnswer(Run("(check-sat)", "check-sat"), "check-sat"));
    }

    /// <summary>
    /// Runs a complete obligation script (declarations, premises, <c>(assert (not GOAL))</c>, one
    /// <c>(check-sat)</c>) in a fresh scope and maps its answer as <see cref="Prove"/> does. The script must
    /// produce exactly one <c>check-sat</c> answer and leave its state in place (no <c>pop</c> or <c>reset</c>
    /// after it), so that the model or the reason can be read.
    /// </summary>
    public ProofResult Check(string obligationScript)
    {
        ArgumentNullException.ThrowIfNull(obligationScript);
        Z3OptionGuard.EnsureLocal(obligationScript, "obligation script");

        StartFreshScope();
        return Conclude(SingleAnswer(Run(obligationScript, "obligation script"), "obligation script"));
    }

    /// <summary>Frees the Z3 context. Safe to call more than once.</summary>
    public void Dispose()
    {
        Free();
        GC.SuppressFinalize(this);
    }

    private void StartFreshScope() => Run("(reset)\n" + ResourceLimitCommand, "scope reset");

    private ProofResult Conclude(string answer) => answer switch
    {
        "unsat" => new ProofResult.Proved(),
        "sat" => new ProofResult.Refuted(Run("(get-model)", "model query").Trim()),
        _ => new ProofResult.Unknown(ReadReasonUnknown()),
    };

    private string ReadReasonUnknown()
    {
        string output = Run("(get-info :reason-unknown)", "reason query");
        string? reason = Z3Output.ReasonUnknown(output);
        if (reason == KeyboardInterruptReason)
        {
            // Z3's own SIGINT handler took a Ctrl-C meant for the process: hand it back to the process's
            // handler (restored by now) and give no verdict for the interrupted check.
            SigintDisposition.Raise();
            throw new OperationCanceledException("Z3's check was interrupted by SIGINT.");
        }

        return string.IsNullOrWhiteSpace(reason) ? "Z3 gave no reason" : reason;
    }

    private static string SingleAnswer(string output, string part)
    {
        IReadOnlyList<string> answers = Z3Output.CheckSatAnswers(output);
        if (answers.Count != 1)
        {
            throw new Z3QueryException(
                $"The {part} must produce exactly one check-sat answer, but Z3 gave {answers.Count}.",
                z3Message: null,
                output);
        }

        return answers[0];
    }

    /// <summary>Feeds text to Z3 and turns an error code or an error in the output into <see cref="Z3QueryException"/>.</summary>
    private string Run(string smtLib2, string part)
    {
        ObjectDisposedException.ThrowIf(_context == 0, this);
        if (Interlocked.Exchange(ref _busy, 1) != 0)
        {
            throw new InvalidOperationException("A Z3Session is used from one thread at a time; make one session per thread.");
        }

        try
        {
            (string output, int errorCode, string? errorMessage) = _api.EvaluateSmtLib2(_context, smtLib2);
            IReadOnlyList<string> problems = Z3Output.Problems(output);
            if (problems.Count > 0)
            {
                string z3Message = string.Join("; ", problems);
                throw new Z3QueryException($"Z3 rejected the {part}: {z3Message}", z3Message, output);
            }

            // The front end sets an error code for the errors it prints; one it did not print is still an error.
            if (errorCode != Z3NativeApi.ErrorCodeOk && !Z3Output.PrintsErrors(output))
            {
                string z3Message = $"error code {errorCode}: {errorMessage?.Trim()}";
                throw new Z3QueryException($"Z3 failed on the {part}: {z3Message}", z3Message, output);
            }

            return output;
        }
        finally
        {
            Volatile.Write(ref _busy, 0);
            GC.KeepAlive(this);
        }
    }

    private void Free()
    {
        nint context = Interlocked.Exchange(ref _context, 0);
        if (context != 0)
        {
            _api.DeleteContext(context);
        }
    }
}
