namespace Verify.Numerics; internal static class Placeholder { }
