namespace Verify.Training;

/// <summary>The steps at which a trajectory records its expensive (scheduled) probes: log-spaced, plus the first and last step.</summary>
public static class StepSchedule
{
    /// <summary>
    /// Step 0, the steps round(2^(j/p)) for j = 0, 1, 2, … that are below <paramref name="lastStep"/>, and
    /// <paramref name="lastStep"/> itself; ascending and distinct. With p = 1 that is 0, 1, 2, 4, 8, …, K. With
    /// <paramref name="pointsPerOctave"/> = 0 the schedule is empty (scheduled probes off).
    /// </summary>
    public static int[] LogSpaced(int lastStep, int pointsPerOctave)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lastStep);
        ArgumentOutOfRangeException.ThrowIfNegative(pointsPerOctave);
        if (pointsPerOctave == 0)
        {
            return [];
        }

        var steps = new SortedSet<int> { 0, lastStep };
        for (var j = 0; ; j++)
        {
            var step = Math.Round(Math.Pow(2.0, (double)j / pointsPerOctave));
            if (step >= lastStep)
            {
                break;
            }

            steps.Add((int)step);
        }

        return [.. steps];
    }
}
