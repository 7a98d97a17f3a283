using System.Globalization;

namespace Verify.Setup;

/// <summary>Typed fields that several sections share: counts, seeds, file paths.</summary>
internal static class SetupValues
{
    private const string FileExpected = "a path to a .csv or .npy file, relative to the setup file";

    /// <summary>An integer in [1, 2³¹ − 1]; null (reported) otherwise.</summary>
    public static int? Count(JsonSection section, string name, bool required, string expected)
    {
        if (section.Integer(name, required, expected) is not { } value)
        {
            return null;
        }
        if (value < 1 || value > int.MaxValue)
        {
            section.Report(name, $"expected {expected} (at most {int.MaxValue}), found {value}");
            return null;
        }
        return (int)value;
    }

    /// <summary>A seed: an integer in [0, 2⁵³]; null (reported) otherwise.</summary>
    public static ulong? Seed(JsonSection section, string name)
    {
        const string expected = "a seed, a non-negative integer at most 2^53 = 9007199254740992";
        if (section.Integer(name, required: true, expected) is not { } value)
        {
            return null;
        }
        if (value < 0 || value > SetupDefaults.MaxSeed)
        {
            section.Report(name, $"expected {expected}, found {value}");
            return null;
        }
        return (ulong)value;
    }

    /// <summary>A file path, resolved against the setup file's folder; null (reported) when missing or not a string.</summary>
    public static FileReference? File(JsonSection section, string name, SetupContext context)
    {
        return section.String(name, required: true, FileExpected) is { } path
            ? context.Resolve(section.PathOf(name), path)
            : null;
    }

    /// <summary>A double as JSON would write it, for messages.</summary>
    public static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
