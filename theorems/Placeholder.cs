namespace Verify.Theorems; internal static class Placeholder { }
