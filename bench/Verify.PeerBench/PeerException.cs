namespace Verify.PeerBench;

/// <summary>The peer process failed or answered with an error.</summary>
internal sealed class PeerException(string message) : Exception(message);
