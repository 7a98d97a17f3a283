namespace Verify.Setup;

/// <summary>What each data file of a setup held; null for a file that was not named, or whose shape is unknown.</summary>
internal sealed record SetupReadings(
    MatrixReading? Inputs,
    MatrixReading? Targets,
    MatrixReading? FirstLayer,
    MatrixReading? OutputLayer,
    IReadOnlyList<MatrixReading?>? Layers)
{
    /// <summary>Reads every file the draft names, reporting each file's own problems.</summary>
    public static SetupReadings Read(SetupDraft draft, SetupContext context) => new(
        Read(draft.Inputs, context),
        Read(draft.Targets, context),
        Read(draft.FirstLayer, context),
        Read(draft.OutputLayer, context),
        draft.LayerFiles?.Select(file => Read(file, context)).ToList());

    private static MatrixReading? Read(FileReference? file, SetupContext context)
    {
        if (file is null
            || DataFileBytes.Read(file.FullPath, file.Shown, context.Shown, file.JsonPath, context.Problems) is not { } bytes)
        {
            return null;
        }
        return DataFileBytes.IsNpy(file.FullPath)
            ? NpyReader.Parse(bytes, file.Shown, context.Problems)
            : CsvMatrixReader.Parse(bytes, file.Shown, context.Problems);
    }
}
