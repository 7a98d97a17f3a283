using MathNet.Numerics.LinearAlgebra;

namespace Verify.Setup;

/// <summary>
/// What a data file held: its shape (a 1-D array of n values is n×1 with <see cref="Dimensions"/> 1), and its
/// values when every one of them was a finite number (null otherwise; the problems say where). The shape is kept
/// even when values are bad, so shape mismatches with the other files are still reported.
/// </summary>
internal sealed record MatrixReading(int Rows, int Columns, int Dimensions, Matrix<double>? Values)
{
    /// <summary>"3×4" or "a 1-D array of 3 values".</summary>
    public string Shape => Dimensions == 1 ? $"a 1-D array of {Rows} values" : $"{Rows}×{Columns}";

    /// <summary>A single column (a 1-D array or n×1).</summary>
    public bool IsColumn => Dimensions == 1 || Columns == 1;
}
