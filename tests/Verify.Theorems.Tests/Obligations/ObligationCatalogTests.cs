using NUnit.Framework;
using Verify.Symbolic;

namespace Verify.Theorems.Tests.Obligations;

/// <summary>
/// Every obligation of the catalog (each module's obligations/*.smt2, found by globbing the test output, where the
/// theorems project copies them under the module's folder name) is proved, is not vacuous, and is sensitive to its
/// constants: scaling one constant by 1 % must let Z3 find a counterexample for at least one constant of each file.
/// The file format is <see cref="ObligationScript"/>'s convention, which these tests enforce.
/// </summary>
public sealed class ObligationCatalogTests
{
    /// <summary>Up to a few seconds a query; a mutant Z3 cannot decide within it counts as not refuted.</summary>
    private const long MutantResourceLimit = 5_000_000;

    private static readonly decimal[] Factors = [0.99m, 1.01m];

    /// <summary>
    /// Obligations none of whose 1 % mutants is refuted, with the reason that is harmless. Every numeric constant of
    /// these files is 0 (sign conditions, which no factor moves) or the range n ≥ 1, which their proof does not use:
    /// each step is homogeneous algebra between named quantities, so there is no constant to get wrong.
    /// </summary>
    private static readonly Dictionary<string, string> Unrefutable = new(StringComparer.Ordinal)
    {
        ["Du2019/step-split.smt2"] = "only 0 and n >= 1 (unused); the split is homogeneous in e",
        ["Du2019/step-norm.smt2"] = "only 0 and n >= 1 (unused); the bound is homogeneous in e",
        ["Du2019/gradient-term.smt2"] = "only 0; the term bound is homogeneous in rho",
        ["Razborov2022/reparameterisation.smt2"] = "only 0 (sign conditions); the identity is exact algebra in s, eta1, eta2",
    };

    public static IEnumerable<TestCaseData> Obligations() =>
        Directory.GetDirectories(AppContext.BaseDirectory).Order(StringComparer.Ordinal)
            .SelectMany(module => Directory.Exists(Path.Combine(module, "obligations"))
                ? Directory.GetFiles(Path.Combine(module, "obligations"), "*.smt2").Order(StringComparer.Ordinal)
                : Enumerable.Empty<string>())
            .Select(file => Path.GetRelativePath(AppContext.BaseDirectory, file).Replace('\\', '/').Replace("/obligations/", "/", StringComparison.Ordinal))
            .Select(name => new TestCaseData(name).SetArgDisplayNames(name));

    [TestCaseSource(nameof(Obligations))]
    public void IsProvedByZ3(string name)
    {
        using var session = new Z3Session();

        var result = session.Check(Read(name).Text);

        Assert.That(result, Is.InstanceOf<ProofResult.Proved>(), $"{name}: {result}");
    }

    [TestCaseSource(nameof(Obligations))]
    public void PremisesAloneHaveAModel(string name)
    {
        using var session = new Z3Session();

        var result = session.Check(Read(name).PremisesOnly);

        Assert.That(result, Is.InstanceOf<ProofResult.Refuted>(), $"{name}: the premises without the goal are {result}, so the obligation holds vacuously");
    }

    [TestCaseSource(nameof(Obligations))]
    public void SomeConstantScaledByOnePercentIsRefuted(string name)
    {
        var script = Read(name);
        using var session = new Z3Session(MutantResourceLimit);
        var unrefuted = new List<string>();
        int refuted = 0;

        foreach (var constant in script.Constants().Where(c => !ObligationScript.IsZero(c)))
        {
            var answers = Factors.Select(f => (Factor: f, Result: session.Check(script.WithScaled(constant, f)))).ToList();
            if (answers.Any(a => a.Result is ProofResult.Refuted))
            {
                refuted++;
            }
            else
            {
                unrefuted.Add($"{name}: {constant} — " + string.Join(", ", answers.Select(a => $"×{a.Factor}: {a.Result.Status}")));
            }
        }

        TestContext.Out.WriteLine($"{name}: {refuted} constants refuted when scaled by 1 %, {unrefuted.Count} not");
        unrefuted.ForEach(TestContext.Out.WriteLine);
        if (Unrefutable.TryGetValue(name, out string? reason))
        {
            Assert.That(refuted, Is.Zero, $"{name} is allowed no refuted mutant ({reason}), but {refuted} were refuted: take it off the list");
        }
        else
        {
            Assert.That(refuted, Is.Positive, $"{name}: no constant scaled by 1 % is refuted (list it in {nameof(Unrefutable)} with the reason, if that is harmless)");
        }
    }

    private static ObligationScript Read(string name)
    {
        string[] parts = name.Split('/');
        return ObligationScript.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, parts[0], "obligations", parts[1])));
    }
}
