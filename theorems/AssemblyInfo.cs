using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Verify.Theorems.Tests")]
