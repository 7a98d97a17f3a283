using System.Numerics;

namespace Verify.Setup;

/// <summary>One term of <see cref="RunMemory"/>: what is held, its bytes, and the setup field that drives its size.</summary>
internal sealed record MemoryItem(string What, BigInteger Bytes, string JsonPath)
{
    public override string ToString() => $"{What}: {Bytes} bytes ({ByteSize.Format(Bytes)})";
}
