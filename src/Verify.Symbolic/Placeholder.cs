namespace Verify.Symbolic; internal static class Placeholder { }
