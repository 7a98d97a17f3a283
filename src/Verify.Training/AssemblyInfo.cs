using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Verify.Training.Tests")]
