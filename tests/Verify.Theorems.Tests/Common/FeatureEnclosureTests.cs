using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using Verify.Core;
using Verify.Numerics;
using Verify.Theorems.Common;

namespace Verify.Theorems.Tests.Common;

/// <summary>The computed first-layer features and their forward-error allowance against a 28-digit decimal evaluation.</summary>
public sealed class FeatureEnclosureTests
{
    [TestCase(1.0)]
    [TestCase(3.7)]
    [TestCase(0.01)]
    public void ScaledRelu_AllowanceBoundsTheDistanceToTheExactFeatures(double kappa)
    {
        var x = Gaussian.Sample(6, 40, new Xoshiro256StarStar(11));
        var w = Gaussian.Sample(40, 9, new Xoshiro256StarStar(12));

        var (features, allowance) = FeatureEnclosure.ScaledRelu(Razborov2022.RzTestData.Backend, x, w, kappa);

        double squared = 0;
        for (int i = 0; i < x.RowCount; i++)
        {
            for (int r = 0; r < w.ColumnCount; r++)
            {
                decimal z = 0;
                for (int j = 0; j < x.ColumnCount; j++)
                {
                    z += (decimal)x[i, j] * (decimal)w[j, r];
                }
                double difference = (double)((decimal)features[i, r] - (decimal)kappa * Math.Max(z, 0m));
                squared += difference * difference;
            }
        }
        Assert.That(Math.Sqrt(squared), Is.LessThanOrEqualTo(allowance));
        Assert.That(allowance, Is.GreaterThanOrEqualTo(kappa * FeatureEnclosure.ProductError(x, w)));
        Assert.That(features.Enumerate(), Has.All.GreaterThanOrEqualTo(0.0));
    }
}
