using NUnit.Framework;
using Verify.Symbolic;

namespace Verify.Theorems.Tests.Du2019;

/// <summary>
/// Weakened obligations of the module are refuted (that every shipped obligation is proved is part of the catalog-wide
/// contract, <see cref="ModuleContractTests"/>).
/// </summary>
public sealed class ObligationTests
{
    private static string ObligationDirectory => Path.Combine(AppContext.BaseDirectory, "Du2019", "obligations");

    [Test]
    public void WidthConstantTooSmall_IsRefutedWithAModel()
    {
        string text = File.ReadAllText(Path.Combine(ObligationDirectory, "width-radius.smt2"));
        Assert.That(text, Does.Contain("262144.0"));
        using var session = new Z3Session();

        var result = session.Check(text.Replace("262144.0", "200000.0", StringComparison.Ordinal));

        Assert.That(result, Is.InstanceOf<ProofResult.Refuted>());
        Assert.That(((ProofResult.Refuted)result).Model, Does.Contain("define-fun m ").And.Contain("define-fun rho "));
    }

    [Test]
    public void TheRoundedConstant41721Point5_IsNotSufficient()
    {
        // 262144/(2π) = 41721.513…: the constant rounded down admits widths where R′ ≥ R.
        string text = File.ReadAllText(Path.Combine(ObligationDirectory, "width-radius.smt2"));
        string rounded = text.Replace("(* m 2.0 pi lambda0", "(* m lambda0", StringComparison.Ordinal)
            .Replace("(* 262144.0 (+", "(* 41721.5 (+", StringComparison.Ordinal);
        Assert.That(rounded, Does.Contain("41721.5").And.Contain("(* m lambda0"));
        using var session = new Z3Session();

        Assert.That(session.Check(rounded), Is.InstanceOf<ProofResult.Refuted>());
    }
}
