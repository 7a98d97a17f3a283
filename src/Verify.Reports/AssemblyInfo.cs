using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Verify.Reports.Tests")]
