namespace Verify.Core.Setup;

/// <summary>Full-batch gradient descent with a constant step size for a number of steps.</summary>
public sealed record TrainingSpec(double LearningRate, int Steps);
