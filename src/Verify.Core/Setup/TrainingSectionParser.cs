namespace Verify.Core.Setup;

/// <summary>Reads <c>$.training</c>: the step size η (finite, > 0) and the number of steps (1 to 10 000 000).</summary>
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
}
