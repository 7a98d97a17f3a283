namespace Verify.Benchmarks;

/// <summary>
/// One workload prepared for one backend: <see cref="Run"/> is the timed call (inputs are built beforehand);
/// <see cref="Result"/> returns numbers from the last run, compared across backends of the same shape.
/// </summary>
/// <param name="Shape">The problem size, e.g. "2000×2000".</param>
/// <param name="Flops">Floating-point operations of one run when a standard count exists (DGEMM: 2n³), else null.</param>
/// <param name="Run">The timed operation.</param>
/// <param name="Result">The last run's output values (for the cross-backend agreement check).</param>
internal sealed record Trial(string Shape, double? Flops, Action Run, Func<double[]> Result);
