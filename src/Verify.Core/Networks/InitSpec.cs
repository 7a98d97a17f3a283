namespace Verify.Core.Networks;

/// <summary>How the initial weights are obtained: <see cref="SchemeInit"/> or <see cref="GivenWeights"/>.</summary>
public abstract record InitSpec;

/// <summary>
/// Weights drawn by a named scheme from a seed (at most 2⁵³): every W_l has independent Gaussian entries with variance
/// 1/n_{l−1} (<c>lecun</c>), 2/n_{l−1} (<c>he</c>), 2/(n_{l−1} + n_l) (<c>xavier</c>) or 1 (<c>standard</c>);
/// <c>standard-sign-output</c> is <c>standard</c> with the output layer uniform on {−1, +1} (the two-layer ReLU preset);
/// <c>positive</c> (Chatterjee 2022's initialisation) has W₁ = 0 and every later W_l (output layer included) with entries |g|,
/// g ~ N(0, 1/n_{l−1}) (half-normal with LeCun variance; the paper's output scale λ is the network's output scale, not the scheme's).
/// Draw order: layer by layer, each W_l column by column (neuron by neuron).
/// </summary>
public sealed record SchemeInit(string Scheme, ulong Seed) : InitSpec
{
    public const string StandardSignOutput = "standard-sign-output";

    /// <summary>W₁ = 0, every later layer half-normal with LeCun variance (Chatterjee 2022).</summary>
    public const string Positive = "positive";

    /// <summary>Every scheme name.</summary>
    public static IReadOnlyList<string> Schemes { get; } = ["lecun", "he", "xavier", "standard", StandardSignOutput, Positive];
}

/// <summary>Weights given as one file per layer (absolute paths), each n_{l−1} × n_l, used exactly.</summary>
public sealed record GivenWeights(IReadOnlyList<string> Paths) : InitSpec;
