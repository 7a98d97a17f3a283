using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Verify.Symbolic.Tests")]
