using System.Numerics;

namespace Verify.Setup;

/// <summary>
/// Refuses, before anything is allocated, a setup whose run cannot be held (<see cref="RunMemory"/>): a report.json
/// longer than one .NET string, an n×n kernel beyond one dense matrix, or a peak beyond the memory available.
/// </summary>
internal static class SetupMemory
{
    private static readonly BigInteger MaxElements = int.MaxValue;

    /// <summary>
    /// Reports what does not fit; <paramref name="networkRefused"/> says the width check already refused the network. Returns
    /// the predicted peak in bytes, or null when it was not computed.
    /// </summary>
    public static long? Check(SetupDraft draft, int? n, int? d, bool networkRefused, SetupContext context, long availableBytes)
    {
        string samplesPath = draft.Inputs?.JsonPath ?? "$.data.n";
        int? layers = draft.IsTwoLayerRelu ? null : draft.Widths?.Count;
        bool refused = networkRefused;
        if (draft.Steps is { } steps && (draft.IsTwoLayerRelu || layers is not null))
        {
            int numbers = RunMemory.ReportNumbersPerStep(layers);
            var chars = RunMemory.JsonChars(steps, numbers);
            if (chars > RunMemory.MaxJsonChars)
            {
                long most = RunMemory.MaxJsonChars / ((long)numbers * RunMemory.JsonBytesPerNumber);
                context.Report("$.training.steps",
                    $"{steps} steps is too many to report: report.json records {numbers} numbers per step (the step and value of each every-step " +
                    $"series), about {RunMemory.JsonBytesPerNumber} bytes each, {chars} characters ({ByteSize.Format(chars)}), but it is written " +
                    $"from one .NET string of at most {RunMemory.MaxJsonChars} characters; expected at most {most} steps");
                refused = true;
            }
        }
        if (draft.IsTwoLayerRelu && n is { } samples && (BigInteger)samples * samples > MaxElements)
        {
            context.Report(samplesPath,
                $"{samples} samples are too many for the n×n kernel matrices (XXᵀ, H∞, H(0)): {samples}×{samples} = {(long)samples * samples} elements, " +
                $"but a dense matrix (one double[]) holds at most {int.MaxValue}; expected at most {(int)Math.Sqrt(int.MaxValue)} samples");
            refused = true;
        }
        if (refused || n is not { } rows || d is not { } columns || draft.Steps is not { } count || draft.Widths is not { } widths)
        {
            return null;
        }
        var items = draft.IsTwoLayerRelu
            ? RunMemory.TwoLayerRelu(rows, columns, widths[0], count, samplesPath)
            : RunMemory.Mlp(widths, rows, columns, count, samplesPath);
        if (RunMemory.Problem(items, availableBytes) is { } problem)
        {
            context.Report(items.MaxBy(i => i.Bytes)!.JsonPath, problem);
            return null;
        }
        return (long)RunMemory.Total(items);
    }

}
