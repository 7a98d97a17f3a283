using NUnit.Framework;

namespace Verify.Training.Tests;

public sealed class ScheduleTests
{
    [Test]
    public void OnePointPerOctaveIsPowersOfTwoPlusTheEnds()
    {
        Assert.Multiple(() =>
        {
            Assert.That(StepSchedule.LogSpaced(100, 1), Is.EqualTo(new[] { 0, 1, 2, 4, 8, 16, 32, 64, 100 }));
            Assert.That(StepSchedule.LogSpaced(64, 1), Is.EqualTo(new[] { 0, 1, 2, 4, 8, 16, 32, 64 }));
            Assert.That(StepSchedule.LogSpaced(1, 1), Is.EqualTo(new[] { 0, 1 }));
            Assert.That(StepSchedule.LogSpaced(0, 1), Is.EqualTo(new[] { 0 }));
            Assert.That(StepSchedule.LogSpaced(100, 0), Is.Empty);
        });
    }

    [Test]
    public void DenserSchedulesAreAscendingDistinctAndContainTheEnds()
    {
        var schedule = StepSchedule.LogSpaced(1000, 4);

        Assert.Multiple(() =>
        {
            Assert.That(schedule, Is.Ordered.Ascending);
            Assert.That(schedule, Is.Unique);
            Assert.That(schedule[0], Is.Zero);
            Assert.That(schedule[^1], Is.EqualTo(1000));
            Assert.That(schedule, Is.SupersetOf(StepSchedule.LogSpaced(1000, 1)));
            Assert.That(schedule.Length, Is.InRange(30, 45), "about 4 points per doubling over 10 doublings");
        });
    }
}
