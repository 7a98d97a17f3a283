using System.Globalization;

namespace Verify.PeerBench;

/// <summary>Number formats of the table (invariant culture).</summary>
internal static class Format
{
    public static string Seconds(double s) =>
        s.ToString(s >= 10 ? "F2" : s >= 0.1 ? "F3" : "F4", CultureInfo.InvariantCulture);

    public static string Ratio(double r) => r.ToString("F2", CultureInfo.InvariantCulture);

    public static string Percent(double? fraction) =>
        fraction is { } f ? (f * 100).ToString("F0", CultureInfo.InvariantCulture) + "%" : "";

    public static string Megabytes(long bytes) =>
        (bytes / 1e6).ToString(bytes >= 1e8 ? "F0" : "F1", CultureInfo.InvariantCulture) + " MB";

    public static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
