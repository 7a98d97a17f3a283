namespace Verify.Core;

/// <summary>
/// The theory's prediction that a check's value scales as a power of a parameter: value ∝ <see cref="Parameter"/>^<see cref="Exponent"/>
/// (e.g. the distance bound R′ ∝ m^(−1/2)), and where the theory says so. Sweep figures draw it beside the fitted slope.
/// </summary>
public sealed record TheoryScaling(string Parameter, double Exponent, string Source);
