using Verify.Core;
using Verify.Numerics;

namespace Verify.Theorems;

/// <summary>What a theorem module is given by the composition root.</summary>
public sealed record TheoremServices(ILinearAlgebraBackend Backend);

/// <summary>
/// The explicit list of theorem modules. Adding a paper is one folder under theorems/ and one line here;
/// the CLI, the reports and the test suite pick it up from this list.
/// </summary>
public static class TheoremCatalog
{
    public static IReadOnlyList<ITheorem> Create(TheoremServices services) =>
    [
        new Du2019.Du2019Theorem(services.Backend),
        new Du2019.Theorem31(services.Backend),
        new NguyenMondelli2020.NguyenMondelli2020Theorem(services.Backend),
        new Nguyen2021.Nguyen2021Theorem(services.Backend),
        new Chatterjee2022.Chatterjee2022Theorem(services.Backend),
        new Razborov2022.Razborov2022Theorem(services.Backend),
    ];
}
