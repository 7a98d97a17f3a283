using System.Globalization;

namespace Verify.Core.Setup;

/// <summary>
/// The checks across files and fields: inputs are n×d, targets n values, the first layer m×d, the output layer m
/// values, and the width can be stored for this n and d. Each check runs with whatever is known.
/// </summary>
internal static class SetupShapes
{
    public static void Check(SetupDraft draft, SetupReadings readings, SetupContext context)
    {
        var inputs = readings.Inputs;
        if (inputs is { Dimensions: 1 } && draft.Inputs is { } inputsFile)
        {
            context.Report(inputsFile.JsonPath,
                $"'{inputsFile.Shown}' is {inputs.Shape}; expected a 2-D n×d array, one sample per row (use x.reshape(-1, 1) if d = 1)");
            inputs = null;
        }

        int? n = inputs?.Rows ?? draft.Generated?.N;
        int? d = inputs?.Columns ?? draft.Generated?.D;
        string nSource = draft.Inputs is { } inputsSource ? $"'{inputsSource.Shown}' has {n} rows" : $"the generator's n is {n}";
        string dSource = draft.Inputs is { } columnsSource ? $"the inputs '{columnsSource.Shown}' have d = {d} columns" : $"the generator's d is {d}";

        if (readings.Targets is { } targets && draft.Targets is { } targetsFile)
        {
            if (!targets.IsColumn)
            {
                context.Report(targetsFile.JsonPath,
                    $"'{targetsFile.Shown}' is {targets.Shape}; expected n values: a single column, a 1-D array or an n×1 array");
            }
            else if (n is { } rows && targets.Rows != rows)
            {
                context.Report(targetsFile.JsonPath,
                    $"targets length mismatch: '{targetsFile.Shown}' has {targets.Rows} values but {nSource}; expected one target per input row (n = {rows})");
            }
        }

        int? m = draft.StorableWidth;
        string mText = m?.ToString(CultureInfo.InvariantCulture) ?? "m";
        string dText = d?.ToString(CultureInfo.InvariantCulture) ?? "d";
        if (readings.FirstLayer is { } first && draft.FirstLayer is { } firstFile)
        {
            bool wrongRows = m is { } width && first.Rows != width;
            bool wrongColumns = d is { } columns && first.Columns != columns;
            if (first.Dimensions == 1 || wrongRows || wrongColumns)
            {
                var because = new List<string>();
                if (m is not null)
                {
                    because.Add($"m = {m} from $.model.width");
                }
                if (d is not null)
                {
                    because.Add(dSource);
                }
                context.Report(firstFile.JsonPath,
                    $"firstLayer shape mismatch: '{firstFile.Shown}' is {first.Shape}; expected m×d = {mText}×{dText} ({string.Join(", ", because)})");
            }
        }

        if (readings.OutputLayer is { } output && draft.OutputLayer is { } outputFile)
        {
            if (!output.IsColumn)
            {
                context.Report(outputFile.JsonPath,
                    $"'{outputFile.Shown}' is {output.Shape}; expected m values: a single column, a 1-D array or an m×1 array");
            }
            else if (m is { } width && output.Rows != width)
            {
                context.Report(outputFile.JsonPath,
                    $"outputLayer length mismatch: '{outputFile.Shown}' has {output.Rows} values but the width is {width} ($.model.width); expected m = {width} values");
            }
        }

        if (draft.Width is { } requested && StorageLimits.WidthProblem(requested, n, d, StorageLimits.AvailableBytes) is { } tooLarge)
        {
            context.Report("$.model.width", tooLarge);
        }
    }
}
