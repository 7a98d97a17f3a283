using Verify.Numerics;

namespace Verify.Training;

/// <summary>
/// A quantity recorded along a trajectory: cheap ones at every step, expensive ones on the log-spaced schedule (never
/// at a diverged step). A probe is a description; <see cref="Bind"/> prepares its buffers for one descent.
/// </summary>
public interface IProbe
{
    /// <summary>A name unique within a run, by which <see cref="Trajectory.Series(IProbe)"/> finds the series.</summary>
    string Name { get; }

    /// <summary>Whether the probe is recorded at every step or on the schedule.</summary>
    ProbeCadence Cadence { get; }

    /// <summary>Whether the probe's values come with error bounds.</summary>
    bool HasErrorBounds { get; }

    /// <summary>A sampler of this probe for <paramref name="descent"/>, its buffers allocated once.</summary>
    /// <exception cref="ArgumentException">The probe does not apply to this descent (a layer it lacks, another trainer).</exception>
    IProbeSampler Bind(IDescent descent);
}

/// <summary>When a probe is recorded.</summary>
public enum ProbeCadence
{
    /// <summary>At every step, including a diverged one.</summary>
    EveryStep,

    /// <summary>At the steps of <see cref="StepSchedule.LogSpaced"/> up to the last completed one, not at a diverged step.</summary>
    Scheduled,
}

/// <summary>A probe bound to one descent: measures its current iterate.</summary>
public interface IProbeSampler
{
    /// <summary>The probe's value at the descent's current iterate.</summary>
    ProbeValue Measure();
}

/// <summary>
/// A measured value, a bound on its absolute error (0 when the probe gives none) and, when the probe proves one, a
/// certified enclosure of the exact quantity (verified numerics; the value and error bound are then its middle and
/// half-width, rounded outward).
/// </summary>
public readonly record struct ProbeValue(double Value, double ErrorBound = 0, Enclosure? Enclosure = null)
{
    /// <summary>The value of a certified enclosure: its middle, with the half-width (rounded up) as the error bound.</summary>
    public static ProbeValue Certified(Enclosure enclosure)
    {
        ArgumentNullException.ThrowIfNull(enclosure);
        double middle = enclosure.Lower / 2 + enclosure.Upper / 2;
        double halfWidth = Math.Max(Math.BitIncrement(enclosure.Upper - middle), Math.BitIncrement(middle - enclosure.Lower));
        return new ProbeValue(middle, halfWidth, enclosure);
    }
}
