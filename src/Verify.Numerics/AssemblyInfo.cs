using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Verify.Numerics.Tests")]
