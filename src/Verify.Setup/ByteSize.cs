using System.Globalization;
using System.Numerics;

namespace Verify.Setup;

/// <summary>Byte counts for people: "43.7 TiB".</summary>
public static class ByteSize
{
    private static readonly string[] Units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];

    public static string Format(BigInteger bytes)
    {
        double value = (double)bytes;
        int unit = 0;
        while (value >= 1024 && unit < Units.Length - 1)
        {
            value /= 1024;
            unit++;
        }
        string number = unit == 0 ? value.ToString("0", CultureInfo.InvariantCulture) : value.ToString("0.0", CultureInfo.InvariantCulture);
        return $"{number} {Units[unit]}";
    }
}
