namespace Verify.PeerBench;

/// <summary>Fixed seeds, so that every run measures the same inputs.</summary>
internal static class Seeds
{
    public const ulong DgemmLeft = 20190101;
    public const ulong DgemmRight = 20190102;
    public const ulong GradientStep = 20190103;
    public const ulong Lambda0 = 20190104;
    public const ulong Ntk = 20190105;
    public const ulong Scaling = 20190106;
    public const ulong DeepStep = 20190107;
}
