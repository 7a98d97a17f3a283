using System.Globalization;
using Verify.Core.Networks;
using Verify.Numerics;

namespace Verify.PeerBench;

/// <summary>
/// The child process of W5's memory measurement (<c>--step-memory tanh|relu|baseline</c>): only Verify's side on the
/// backend <c>verify run</c> picks (auto): draw W5's instance, build the engine's descent, take <see cref="Steps"/>
/// steps, print the loss. <c>baseline</c> runs the same code on a tiny network (arrays under 10 kB): the process's
/// fixed cost (runtime, JIT, the BLAS library and its buffers). No peer is started.
/// </summary>
internal static class StepMemoryProbe
{
    public const string Option = "--step-memory";

    public const string Baseline = "baseline";

    /// <summary>Enough for every buffer the step touches to be resident.</summary>
    public const int Steps = 2;

    public static IReadOnlyList<string> Modes { get; } = ["tanh", "relu", Baseline];

    public static int Run(string mode)
    {
        var backend = Backends.Load(BackendChoice.Auto);
        var data = mode == Baseline
            ? DeepNetworkData.Draw(10, 5, [20, 10, 5, 1], ActivationSpec.Tanh, Seeds.DeepStep)
            : DeepStepSection.Draw(Sizes.Default, Activation(mode));
        var descent = DeepStepSection.Descent(backend, data);
        for (var k = 0; k < Steps; k++)
        {
            descent.Step();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{mode}: {DeepStepSection.Shape(data)}, {VerifyBackends.Library(backend)}, loss after {Steps} steps {descent.Loss:R}"));
        return 0;
    }

    private static ActivationSpec Activation(string mode) =>
        DeepStepSection.Activations.SingleOrDefault(a => a.Name == mode)
            ?? throw new ArgumentException($"{Option}: expected one of {string.Join(", ", Modes)}, got '{mode}'");
}
