namespace Verify.Core; internal static class Placeholder { }
