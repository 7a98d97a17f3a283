namespace Verify.Setup;

/// <summary>The .npy element types that are read (little-endian float64 and float32), and names for the others.</summary>
internal static class NpyDtype
{
    /// <summary>The item size in bytes of a supported descr ('&lt;f8' → 8, '&lt;f4' → 4); 0 when it is not supported.</summary>
    public static int ItemSize(object? descr) => descr switch
    {
        "<f8" => 8,
        "<f4" => 4,
        _ => 0,
    };

    /// <summary>Why a descr is not supported, with what to do.</summary>
    public static string Explain(object? descr)
    {
        string found = descr is string text ? $"'{text}' ({Describe(text)})" : "a structured dtype (record fields)";
        return $"wrong dtype: found {found}; expected '<f8' (float64) or '<f4' (float32), little-endian; " +
            "convert with numpy: np.save(path, x.astype('<f8'))";
    }

    private static string Describe(string descr)
    {
        if (descr.Length < 2)
        {
            return "unknown";
        }
        string order = descr[0] switch
        {
            '>' => "big-endian ",
            '<' => "little-endian ",
            _ => "",
        };
        string size = descr[2..];
        string kind = descr[1] switch
        {
            'f' => $"{Bits(size)}floating point",
            'i' => $"{Bits(size)}signed integers",
            'u' => $"{Bits(size)}unsigned integers",
            'b' => "booleans",
            'c' => $"{Bits(size)}complex numbers",
            'O' => "Python objects",
            'U' => "unicode strings",
            'S' => "byte strings",
            'V' => "raw bytes",
            'M' => "datetimes",
            'm' => "timedeltas",
            _ => "unknown",
        };
        return order + kind;
    }

    private static string Bits(string size) => int.TryParse(size, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int bytes) ? $"{bytes * 8}-bit " : "";
}
