
namespace Verify.Core.Networks;

/// <summary>
/// An activation function by name: <c>relu</c>, <c>tanh</c>, <c>sigmoid</c>, <c>softplus</c>, <c>arctan</c>, or
/// <c>smooth-leaky</c> with slope γ ∈ (0, 1) and sharpness b &gt; 0, σ(x) = γx + (1 − γ)/b · (log(1 + e^{bx}) − log 2).
/// The function itself and its proven properties live in Verify.Training (<c>Activation.Of</c>).
/// </summary>
public sealed record ActivationSpec(string Name, double Gamma = 0, double Sharpness = 0)
{
    public const string SmoothLeakyName = "smooth-leaky";

    /// <summary>Every name an activation can have.</summary>
    public static IReadOnlyList<string> Names { get; } = ["relu", "tanh", "sigmoid", "softplus", "arctan", SmoothLeakyName];

    public static ActivationSpec Relu { get; } = new("relu");

    public static ActivationSpec Tanh { get; } = new("tanh");

    public static ActivationSpec SmoothLeaky(double gamma, double sharpness) => new(SmoothLeakyName, gamma, sharpness);

    public override string ToString() => Name == SmoothLeakyName
        ? $"{Name} (γ = {NumberFormat.Text(Gamma)}, b = {NumberFormat.Text(Sharpness)})"
        : Name;
}
