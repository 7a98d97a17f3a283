using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Verify.Training.Tests")]
[assembly: InternalsVisibleTo("verify-peer-bench")] // W5's breakdown times the engine's elementwise passes
