using System.Text.Json;
using MathNet.Numerics.LinearAlgebra;
using Verify.Core;
using Verify.Core.Networks;

namespace Verify.Setup;

/// <summary>
/// Loads a setup file for `verify check`: validates every field, reads and checks every data file, checks the
/// shapes against each other and that the width can be stored, and only then returns. Every problem found is
/// reported together in one <see cref="SetupException"/>; nothing is normalised or altered.
/// </summary>
public static class SetupLoader
{
    /// <summary>
    /// The setup at <paramref name="setupPath"/> with its data and weights read. <paramref name="knownTheoremIds"/>
    /// are the ids the setup's "theorems" may name. Throws <see cref="SetupException"/> listing every problem.
    /// </summary>
    public static UserSetup Load(string setupPath, IReadOnlyCollection<string> knownTheoremIds)
    {
        ArgumentException.ThrowIfNullOrEmpty(setupPath);
        ArgumentNullException.ThrowIfNull(knownTheoremIds);

        var problems = new List<SetupProblem>();
        using var document = SetupJson.Read(setupPath, setupPath, problems);
        if (document is null)
        {
            throw new SetupException(problems);
        }
        return Load(document.RootElement, setupPath, knownTheoremIds, problems);
    }

    /// <summary>
    /// A setup given as parsed JSON (a sweep's cell): validated exactly as a file is; relative data paths resolve against
    /// <paramref name="nominalPath"/>'s folder, which also names the setup in messages.
    /// </summary>
    public static UserSetup Load(JsonElement root, string nominalPath, IReadOnlyCollection<string> knownTheoremIds) =>
        Load(root, nominalPath, knownTheoremIds, []);

    private static UserSetup Load(JsonElement root, string setupPath, IReadOnlyCollection<string> knownTheoremIds, List<SetupProblem> problems)
    {
        var context = new SetupContext(setupPath, knownTheoremIds, problems);
        var draft = SetupParser.Parse(root, context);
        if (draft is null)
        {
            throw new SetupException(problems);
        }

        var readings = SetupReadings.Read(draft, context);
        long? peak = SetupShapes.Check(draft, readings, context);
        if (problems.Count > 0)
        {
            throw new SetupException(problems);
        }
        return Build(draft, readings, context) with { PredictedPeakBytes = peak };
    }

    private static UserSetup Build(SetupDraft draft, SetupReadings readings, SetupContext context)
    {
        DataSource data = draft.Generated as DataSource
            ?? new FileData(Required(draft.Inputs).FullPath, Required(draft.Targets).FullPath);
        var widths = Required(draft.StorableWidths);
        NetworkSpec network;
        InitSpec init;
        IReadOnlyList<Matrix<double>>? weights = null;
        List<double> rates;
        if (draft.IsTwoLayerRelu)
        {
            // Du et al.'s network: widths [m, 1], ReLU, output scale 1/√m; the first layer trained, the ±1 output layer frozen.
            network = new NetworkSpec(widths, ActivationSpec.Relu, 1 / Math.Sqrt(widths[0]));
            init = draft.InitSeed is { } seed
                ? new SchemeInit(Required(draft.InitScheme), seed)
                : new GivenWeights([Required(draft.FirstLayer).FullPath, Required(draft.OutputLayer).FullPath]);
            if (init is GivenWeights)
            {
                weights = [Required(readings.FirstLayer?.Values).Transpose(), Required(readings.OutputLayer?.Values)];
            }
            rates = draft.StepSizes ?? [Required(draft.LearningRate), 0];
        }
        else
        {
            network = new NetworkSpec(widths, Required(draft.Activation), draft.OutputScale ?? 1.0);
            init = draft.InitSeed is { } seed
                ? new SchemeInit(Required(draft.InitScheme), seed)
                : new GivenWeights([.. Required(draft.LayerFiles).Select(f => f.FullPath)]);
            if (init is GivenWeights)
            {
                weights = [.. Required(readings.Layers).Select(r => Required(r?.Values))];
            }
            rates = draft.StepSizes ?? [.. widths.Select(_ => Required(draft.LearningRate))];
        }

        return new UserSetup(context.FullPath, Required(draft.Name), draft.Theorems, data, network, init,
            new TrainingSpec(rates, Required(draft.Steps)), draft.Delta)
        {
            Inputs = readings.Inputs?.Values,
            Targets = readings.Targets?.Values,
            InitialWeights = weights,
        };
    }

    private static T Required<T>(T? value) where T : class =>
        value ?? throw new InvalidOperationException("a setup with no problems is missing a value");

    private static T Required<T>(T? value) where T : struct =>
        value ?? throw new InvalidOperationException("a setup with no problems is missing a value");
}
