namespace Verify.Core;

/// <summary>
/// The theory's prediction that a check's value scales as a power of a parameter: value ∝ <see cref="Parameter"/>^<see cref="Exponent"/>
/// (e.g. the distance bound R′ ∝ m^(−1/2)), and where the theory says so. Sweep figures draw it beside the fitted slope.
/// </summary>
public sealed record TheoryScaling(string Parameter, double Exponent, string Source)
{
    /// <summary>
    /// True when the line is only a reference slope drawn for comparison and nothing is claimed at it (e.g. a paper's exponent
    /// beside a criterion or initialisation it was not claimed for): figures label it "reference", not "theory".
    /// </summary>
    public bool Reference { get; init; }
}
