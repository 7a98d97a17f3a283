using System.Text.Json;

namespace Verify.Setup;

/// <summary>
/// Reads <c>$.training</c>: the step size η (finite, &gt; 0; for <c>mlp</c> every layer's, for <c>two-layer-relu</c> the
/// first layer's, the output layer frozen) or an array of one step size per layer (finite, ≥ 0, 0 freezes the layer,
/// at least one &gt; 0), and the number of steps (1 to 10 000 000).
/// </summary>
internal static class TrainingSectionParser
{
    private const string RateExpected = "the step size η, a finite number > 0";
    private static readonly string StepsExpected = $"the number of steps, an integer from 1 to {SetupDefaults.MaxSteps}";
    private static readonly string[] Fields = ["learningRate", "steps"];

    public static void Parse(JsonSection root, SetupDraft draft, SetupContext context)
    {
        if (root.Get("training", required: true, "an object with \"learningRate\" and \"steps\"") is not { } value
            || JsonSection.Open(value, root.PathOf("training"), "the training object", Fields, context.Shown, context.Problems) is not { } training)
        {
            return;
        }

        LearningRate(training, draft);

        if (training.Integer("steps", required: true, StepsExpected) is { } steps)
        {
            if (steps < 1)
            {
                training.Report("steps", $"expected {StepsExpected}, found {steps}");
            }
            else if (steps > SetupDefaults.MaxSteps)
            {
                training.Report("steps", $"{steps} steps is too large to store: the trajectory keeps several doubles per step; expected {StepsExpected}");
            }
            else
            {
                draft.Steps = (int)steps;
            }
        }
    }

    private static void LearningRate(JsonSection training, SetupDraft draft)
    {
        if (training.Get("learningRate", required: true, RateExpected) is not { } value)
        {
            return;
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            if (training.Number("learningRate", required: true, RateExpected) is { } rate)
            {
                if (rate > 0)
                {
                    draft.LearningRate = rate;
                }
                else
                {
                    training.Report("learningRate", $"expected {RateExpected}, found {SetupValues.Show(rate)}");
                }
            }
            return;
        }

        const string itemExpected = "a step size, a finite number ≥ 0 (0 freezes the layer)";
        string path = training.PathOf("learningRate");
        var rates = new List<double>();
        int index = 0;
        foreach (var item in value.EnumerateArray())
        {
            string at = JsonText.Item(path, index++);
            if (item.ValueKind == JsonValueKind.Number && item.TryGetDouble(out double rate) && double.IsFinite(rate) && rate >= 0)
            {
                rates.Add(rate);
            }
            else
            {
                training.ReportAt(at, $"expected {itemExpected}, found {JsonText.Describe(item)}");
            }
        }
        if (index == 0 || (rates.Count == index && rates.All(r => r == 0)))
        {
            training.Report("learningRate", "expected at least one step size > 0 (one per layer; 0 freezes a layer), found none: nothing would train");
        }
        else if (rates.Count == index)
        {
            draft.StepSizes = rates;
        }
    }
}
