namespace Verify.PeerBench;

/// <summary>What every section of the benchmark uses.</summary>
internal sealed record BenchContext(
    BenchOptions Options, Sizes Sizes, VerifyBackends Backends, PeerProcess Peer, Workspace Workspace, InterleavedRunner Runner, TextWriter Log);
