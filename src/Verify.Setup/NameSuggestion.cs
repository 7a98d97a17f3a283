namespace Verify.Setup;

/// <summary>"Did you mean …?" for a misspelt field, theorem id, command or option: the closest allowed name within two edits.</summary>
public static class NameSuggestion
{
    private const int MaxDistance = 2;

    /// <summary>The closest candidate (ignoring case) when it is at most two edits away; otherwise null.</summary>
    public static string? Closest(string found, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = MaxDistance + 1;
        foreach (var candidate in candidates)
        {
            int distance = EditDistance(found.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>" (did you mean 'width'?)" or "".</summary>
    public static string Hint(string found, IEnumerable<string> candidates) =>
        Closest(found, candidates) is { } match ? $" (did you mean '{match}'?)" : "";

    /// <summary>Optimal string alignment distance (Levenshtein with adjacent transpositions).</summary>
    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
