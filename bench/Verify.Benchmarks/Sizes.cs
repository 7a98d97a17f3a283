namespace Verify.Benchmarks;

/// <summary>Problem sizes for one run.</summary>
/// <param name="Gemm">n of the n×n DGEMM on the native backends.</param>
/// <param name="ManagedGemm">
/// n of the DGEMM on the managed backend. Equal to <paramref name="Gemm"/> today (~4 s a call at 2000 on 2 cores);
/// if it is made smaller to shorten the run, the table compares GFLOP/s instead of times for that row.
/// </param>
/// <param name="Eigen">n of the n×n symmetric eigen-decomposition.</param>
/// <param name="SvdRows">Rows of the SVD input.</param>
/// <param name="SvdColumns">Columns of the SVD input.</param>
internal sealed record Sizes(int Gemm, int ManagedGemm, int Eigen, int SvdRows, int SvdColumns)
{
    public static Sizes Default { get; } = new(Gemm: 2000, ManagedGemm: 2000, Eigen: 1000, SvdRows: 1000, SvdColumns: 500);

    public static Sizes Quick { get; } = new(Gemm: 1000, ManagedGemm: 1000, Eigen: 500, SvdRows: 500, SvdColumns: 250);

    public static Sizes For(BenchOptions options) => options.Quick ? Quick : Default;
}
