using Verify.Numerics;

namespace Verify.Benchmarks;

/// <summary>A named operation that can be prepared on any backend.</summary>
/// <param name="Name">The row label, e.g. "DGEMM".</param>
/// <param name="Prepare">Builds the inputs for a backend and returns the trial to time.</param>
internal sealed record Workload(string Name, Func<ILinearAlgebraBackend, Trial> Prepare);
