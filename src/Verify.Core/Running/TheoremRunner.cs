namespace Verify.Core;

/// <summary>
/// Runs a theorem's scenarios: draws each instance from its derived seed, evaluates hypotheses and then
/// outcomes, and applies the scope rules. A check that throws becomes an Error for that check and the
/// run goes on; only cancellation stops it.
/// </summary>
public static class TheoremRunner
{
    public static TheoremReport Run(
        ITheorem theorem, RunOptions options, Action<string>? log = null, CancellationToken cancellation = default, IProgress<ProgressUpdate>? progress = null)
    {
        var info = theorem.Info;
        var summaries = new List<ScenarioSummary>();
        var instances = new List<InstanceReport>();
        foreach (var scenario in theorem.Scenarios(options))
        {
            var indices = InstanceIndices(scenario, options).ToList();
            var scenarioInstances = new InstanceReport[indices.Count];
            int inFlight = 0;
            ForEach(indices.Count, options.Jobs, cancellation, position =>
            {
                int index = indices[position];
                ulong seed = Seeds.Derive(options.MasterSeed, $"{info.Id}/{scenario.Id}", index);
                var context = new InstanceContext(seed, index, options, cancellation, progress);
                var clock = System.Diagnostics.Stopwatch.StartNew();
                Interlocked.Increment(ref inFlight);
                var report = RunInstance(scenario, context);
                if (Interlocked.Decrement(ref inFlight) == 0)
                {
                    InstanceMemory.Release(); // not while another instance runs: the collection would stop and compact it
                }
                string scope = report.Verdict == Verdict.BeyondScope ? "" : report.InScope switch { true => " (in scope)", false => " (beyond scope)", null => "" };
                string line = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"{info.Id}/{scenario.Id} #{index} seed {seed}: {report.Verdict}{scope}, {clock.Elapsed.TotalSeconds:0.0} s");
                lock (scenarioInstances)
                {
                    log?.Invoke(line);
                }
                scenarioInstances[position] = report;
            });
            summaries.Add(Summarize(scenario, scenarioInstances));
            instances.AddRange(scenarioInstances);
        }
        var verdict = Scope.Combine(instances.Select(i => i.Verdict));
        return new TheoremReport(info.Id, info.Title, info.Citation, verdict, summaries, instances) { PassMeans = info.PassMeans };
    }

    private static string NoteText(string? first, string second) => first is null ? second : $"{first}; {second}";

    /// <summary>Evaluates one drawn instance, measuring what it costs; exceptions in drawing or in a check become Errors.</summary>
    public static InstanceReport RunInstance(Scenario scenario, InstanceContext context)
    {
        var measurement = InstanceResources.Start();
        var report = EvaluateInstance(scenario, context);
        return report with { Resources = measurement.Stop() };
    }

    private static InstanceReport EvaluateInstance(Scenario scenario, InstanceContext context)
    {
        ITheoremInstance instance;
        try
        {
            instance = scenario.Draw(context);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new InstanceReport(scenario.Id, context.Index, context.Seed, null, Verdict.Error,
                [], [], [], [], $"drawing the instance failed: {Describe(e)}");
        }

        var hypotheses = Evaluate(instance.Hypotheses, CheckKind.Hypothesis, context.Cancellation);
        var outcomes = Evaluate(instance.Outcomes, null, context.Cancellation);
        var conclusions = outcomes.Where(o => o.Kind == CheckKind.Conclusion).Select(o => o.Report).ToList();
        var invariants = outcomes.Where(o => o.Kind == CheckKind.Invariant).Select(o => o.Report).ToList();
        var hypothesisReports = hypotheses.Select(h => h.Report).ToList();

        bool? inScope = Scope.InScope(hypothesisReports);
        var verdict = Scope.InstanceVerdict(inScope, hypothesisReports, [.. conclusions, .. invariants]);
        IReadOnlyList<Parameter> parameters;
        string? note = null;
        try
        {
            parameters = instance.Parameters;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            (parameters, note, verdict) = ([], $"reading the parameters failed: {Describe(e)}", Scope.Combine([verdict, Verdict.Error]));
        }
        IReadOnlyList<ChainStep> chain = [];
        if (instance is IExplainsChain explains)
        {
            try
            {
                chain = explains.Chain();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                note = NoteText(note, $"laying out the proof chain failed: {Describe(e)}");
            }
        }
        return new InstanceReport(scenario.Id, context.Index, context.Seed, inScope, verdict,
            parameters, hypothesisReports, conclusions, invariants, note) { Chain = chain };
    }

    /// <summary>
    /// body(0 … count − 1), on up to <paramref name="jobs"/> threads; with one job in order on this thread. Cancellation
    /// surfaces as <see cref="OperationCanceledException"/>, as in the sequential loop, not wrapped.
    /// </summary>
    private static void ForEach(int count, int jobs, CancellationToken cancellation, Action<int> body)
    {
        if (jobs <= 1)
        {
            for (int position = 0; position < count; position++)
            {
                cancellation.ThrowIfCancellationRequested();
                body(position);
            }
            return;
        }
        try
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = cancellation }, body);
        }
        catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is OperationCanceledException))
        {
            throw new OperationCanceledException("The run was cancelled.", e, cancellation);
        }
        catch (AggregateException e)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions.First(inner => inner is not OperationCanceledException));
        }
    }

    /// <summary>The most instances of one scenario that <see cref="Run"/> runs at once with these options.</summary>
    public static int Concurrency(ITheorem theorem, RunOptions options) =>
        theorem.Scenarios(options).Select(s => Math.Min(Math.Max(1, options.Jobs), InstanceIndices(s, options).Count())).DefaultIfEmpty(1).Max();

    private static IEnumerable<int> InstanceIndices(Scenario scenario, RunOptions options)
    {
        if (options.OnlyInstance is int only)
        {
            return [only];
        }
        return Enumerable.Range(0, options.Instances ?? scenario.DefaultInstances);
    }

    private static List<(CheckKind Kind, CheckReport Report)> Evaluate(Func<IEnumerable<Check>> checks, CheckKind? expectedKind, CancellationToken cancellation)
    {
        var results = new List<(CheckKind, CheckReport)>();
        IEnumerator<Check> enumerator;
        try
        {
            enumerator = checks().GetEnumerator();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            results.Add((expectedKind ?? CheckKind.Conclusion, ListingError(expectedKind, e)));
            return results;
        }
        using (enumerator)
        {
            while (true)
            {
                cancellation.ThrowIfCancellationRequested();
                Check check;
                try
                {
                    if (!enumerator.MoveNext())
                    {
                        break;
                    }
                    check = enumerator.Current;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    results.Add((expectedKind ?? CheckKind.Conclusion, ListingError(expectedKind, e)));
                    break;
                }
                results.Add((check.Spec.Kind, CheckReport.From(check.Spec, EvaluateOne(check, expectedKind))));
            }
        }
        return results;
    }

    private static Evidence EvaluateOne(Check check, CheckKind? expectedKind)
    {
        if (expectedKind is CheckKind kind && check.Spec.Kind != kind)
        {
            return Evidence.Error($"check '{check.Spec.Id}' is a {check.Spec.Kind} listed among the {kind} checks");
        }
        if (expectedKind is null && check.Spec.Kind == CheckKind.Hypothesis)
        {
            return Evidence.Error($"check '{check.Spec.Id}' is a hypothesis listed among the outcomes");
        }
        try
        {
            return check.Evaluate();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Evidence.Error(Describe(e));
        }
    }

    private static CheckReport ListingError(CheckKind? kind, Exception e)
    {
        var spec = new CheckSpec("listing", kind ?? CheckKind.Conclusion, null, "the module lists its checks", "", Provenance.Derived);
        return CheckReport.From(spec, Evidence.Error($"listing the checks failed: {Describe(e)}"));
    }

    internal static ScenarioSummary Summarize(Scenario scenario, IReadOnlyList<InstanceReport> instances) =>
        Summarize(scenario.Id, scenario.Description, scenario.Sweep, instances);

    /// <summary>A scenario's counts and the exact interval of its in-scope probability, from its instances.</summary>
    public static ScenarioSummary Summarize(string id, string description, SweepDeclaration? sweep, IReadOnlyList<InstanceReport> instances)
    {
        int inScope = instances.Count(i => i.InScope == true);
        int conclusionsHeld = instances.Count(i => i.Conclusions.Count > 0 && i.Conclusions.All(c => c.Verdict == Verdict.Pass));
        var (lower, upper) = instances.Count == 0 ? (0.0, 1.0) : ClopperPearson.Interval(inScope, instances.Count);
        return new ScenarioSummary(id, description, instances.Count, inScope, conclusionsHeld, lower, upper,
            Scope.Combine(instances.Select(i => i.Verdict)))
        {
            Sweep = sweep,
        };
    }

    private static string Describe(Exception e) => $"{e.GetType().Name}: {e.Message}";
}
