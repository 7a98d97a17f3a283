namespace Verify.Reports; internal static class Placeholder { }
