using System.Globalization;

namespace Verify.Setup;

/// <summary>
/// The checks across files and fields, each run with whatever is known: inputs are N×d; targets one value per sample
/// (two-layer-relu) or N × n_L (mlp); two-layer-relu's first layer m×d and output layer m values; an mlp's weight files
/// one per layer, W_l of shape n_{l−1} × n_l; one step size per layer; and the network, and the whole run, can be stored (<see cref="SetupMemory"/>).
/// </summary>
internal static class SetupShapes
{
    /// <summary>Reports every mismatch; returns the run's predicted peak memory in bytes (null when not computed).</summary>
    public static long? Check(SetupDraft draft, SetupReadings readings, SetupContext context)
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

        Targets(draft, readings, context, n, nSource);
        Layers(draft, readings, context, d, dSource);
        Rates(draft, context);

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

        bool networkRefused = false;
        if (draft.IsTwoLayerRelu && draft.Widths is [var requested, _]
            && StorageLimits.WidthProblem(requested, n, d, StorageLimits.AvailableBytes) is { } tooLarge)
        {
            context.Report("$.model.width", tooLarge);
            networkRefused = true;
        }
        else if (!draft.IsTwoLayerRelu && draft.Widths is { } widths
            && StorageLimits.NetworkProblem(widths, n, d, StorageLimits.AvailableBytes) is { } networkTooLarge)
        {
            context.Report("$.model.widths", networkTooLarge);
            networkRefused = true;
        }
        return SetupMemory.Check(draft, n, d, networkRefused, context, StorageLimits.AvailableBytes);
    }

    private static void Targets(SetupDraft draft, SetupReadings readings, SetupContext context, int? n, string nSource)
    {
        int? outputs = draft.IsTwoLayerRelu ? 1 : draft.StorableWidths?[^1];
        if (draft.Generated is not null && outputs is > 1)
        {
            context.Report("$.model.widths",
                $"the generator draws one label per sample, but the last width is n_L = {outputs}; expected n_L = 1 with generated data");
        }
        if (readings.Targets is not { } targets || draft.Targets is not { } targetsFile)
        {
            return;
        }
        if (draft.IsTwoLayerRelu && !targets.IsColumn)
        {
            context.Report(targetsFile.JsonPath,
                $"'{targetsFile.Shown}' is {targets.Shape}; expected n values: a single column, a 1-D array or an n×1 array");
        }
        else if (!draft.IsTwoLayerRelu && outputs is { } columns && targets.Columns != columns)
        {
            context.Report(targetsFile.JsonPath,
                $"'{targetsFile.Shown}' is {targets.Shape}, {targets.Columns} target column(s), but the output layer has n_L = {columns} units " +
                $"(the last of $.model.widths); expected an n×{columns} array{(columns == 1 ? " or n values" : "")}");
        }
        else if (n is { } rows && targets.Rows != rows)
        {
            context.Report(targetsFile.JsonPath,
                $"targets length mismatch: '{targetsFile.Shown}' has {targets.Rows} values but {nSource}; expected one target per input row (n = {rows})");
        }
    }

    private static void Layers(SetupDraft draft, SetupReadings readings, SetupContext context, int? d, string dSource)
    {
        if (readings.Layers is not { } layers || draft.LayerFiles is not { } files)
        {
            return;
        }
        var widths = draft.StorableWidths;
        if (widths is not null && files.Count != widths.Count)
        {
            context.Report("$.model.init.layers",
                $"{files.Count} weight file(s) for {widths.Count} layer(s) ($.model.widths has {widths.Count} entries); expected one file per layer");
            return;
        }
        for (int l = 1; l <= layers.Count; l++)
        {
            if (layers[l - 1] is not { } layer)
            {
                continue;
            }
            int? rows = l == 1 ? d : widths?[l - 2];
            int? columns = widths?[l - 1];
            bool wrong = layer.Dimensions == 1 && columns != 1 || rows is { } r && layer.Rows != r || columns is { } c && layer.Columns != c;
            if (wrong)
            {
                string rowsFrom = l == 1 ? dSource : $"n{Subscript(l - 1)} = {rows} from $.model.widths[{l - 2}]";
                context.Report(files[l - 1].JsonPath,
                    $"layer {l} shape mismatch: '{files[l - 1].Shown}' is {layer.Shape}; expected W{Subscript(l)} of shape " +
                    $"n{Subscript(l - 1)}×n{Subscript(l)} = {Show(rows)}×{Show(columns)} ({rowsFrom}, n{Subscript(l)} = {Show(columns)} from $.model.widths[{l - 1}])");
            }
        }
    }

    private static void Rates(SetupDraft draft, SetupContext context)
    {
        int? depth = draft.IsTwoLayerRelu ? 2 : draft.Widths?.Count;
        if (draft.StepSizes is { } rates && depth is { } layers && rates.Count != layers)
        {
            context.Report("$.training.learningRate",
                $"{rates.Count} step size(s) for {layers} layer(s); expected one per layer (0 freezes a layer), or a single number for every trained layer");
        }
    }

    private static string Show(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "?";

    private static string Subscript(int index) =>
        string.Concat(index.ToString(CultureInfo.InvariantCulture).Select(c => (char)('₀' + (c - '0'))));
}
