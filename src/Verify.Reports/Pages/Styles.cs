namespace Verify.Reports;

/// <summary>The report's inline stylesheet.</summary>
internal static class Styles
{
    public const string Css = """
        body { font-family: "DejaVu Sans", system-ui, sans-serif; margin: 2rem auto; max-width: 84rem; padding: 0 1rem; color: #1d2430; line-height: 1.4; }
        h1 { margin-bottom: .5rem; }
        h2 { border-bottom: 1px solid #d0d6e0; padding-bottom: .2rem; margin-top: 2rem; }
        h3 { font-size: 1rem; margin-top: 1.5rem; }
        table { border-collapse: collapse; margin: .5rem 0; font-size: .9rem; }
        .scroll { overflow-x: auto; max-width: 100%; }
        th, td { border: 1px solid #d0d6e0; padding: .25rem .5rem; text-align: left; vertical-align: top; }
        th { background: #f2f4f8; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .badge { border-radius: .3rem; padding: .05rem .4rem; font-size: .8rem; font-weight: bold; color: white; white-space: nowrap; }
        .badge.pass { background: #1f7a3a; }
        .badge.fail { background: #b3261e; }
        .badge.beyondscope { background: #6b7280; }
        .badge.error { background: #8a4b00; }
        .badge.inconclusive { background: #7c5cbf; }
        .badge.holds, .badge.observed { background: #e5e7eb; color: #1f2937; border: 1px solid #6b7280; }
        .badge.fails, .badge.notobserved { background: #ffffff; color: #1f2937; border: 1px dashed #6b7280; }
        .warning { background: #fff4d6; border: 1px solid #e0b400; padding: .5rem; font-weight: bold; }
        .citation, .parameters, .note, .scope { color: #4b5563; font-size: .9rem; }
        .answers li { margin: .3rem 0; max-width: 60rem; }
        .holds { color: #4b5563; font-size: .8rem; }
        .fidelity { border-left: 3px solid #9ca3af; padding-left: .6rem; color: #374151; font-size: .9rem; max-width: 60rem; }
        .sub { color: #4b5563; font-size: .8rem; font-weight: normal; }
        .sweep { font-size: .9rem; }
        h2.fail { color: #b3261e; }
        details.instance { border: 1px solid #d0d6e0; border-radius: .4rem; padding: 0 .75rem; margin: .6rem 0; }
        details.instance[open] { padding-bottom: .75rem; }
        details.instance > summary { cursor: pointer; padding: .5rem 0; }
        details.instance > summary h3 { display: inline; margin: 0; }
        .figures { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; margin-top: .75rem; }
        figure { margin: 0; width: 640px; max-width: 100%; }
        figure svg { display: block; width: 100%; height: auto; border: 1px solid #e5e8ee; }
        .figures.compact figure { flex: 1 1 420px; max-width: 520px; }
        .figures.phase figure { flex: 1 1 420px; max-width: 620px; }
        figcaption { color: #4b5563; font-size: .8rem; margin-top: .25rem; }
        """;
}
