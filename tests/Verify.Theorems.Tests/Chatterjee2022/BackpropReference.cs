namespace Verify.Theorems.Tests.Chatterjee2022;

/// <summary>
/// An independent plain-double forward and backward pass for the backprop-interval tests (its own σ and σ′, loops over
/// double[,] weights W_l of shape n_{l−1} × n_l): ŷ = s·a_{L−1}ᵀW_L[:,0], δ_{L−1} = σ′(z_{L−1})∘(s·W_L[:,0]),
/// δ_l = σ′(z_l)∘(W_{l+1}δ_{l+1}). Also returns M = |s|·Σ_k|a_k||W_L[k,0]|, the scale of ŷ's rounding error.
/// </summary>
internal sealed record BackpropReference(string Name, Func<double, double> Sigma, Func<double, double> Slope)
{
    public static BackpropReference Tanh { get; } = new("tanh", Math.Tanh, z => 1 / (Math.Cosh(z) * Math.Cosh(z)));

    public static BackpropReference Sigmoid { get; } = new("sigmoid", Logistic, z => Logistic(z) * Logistic(-z));

    public static BackpropReference Softplus { get; } = new("softplus", z => z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z)), Logistic);

    public static BackpropReference Arctan { get; } = new("arctan", Math.Atan, z => 1 / (1 + (z * z)));

    public static BackpropReference Of(string name) => new[] { Tanh, Sigmoid, Softplus, Arctan }.Single(r => r.Name == name);

    public (double Output, double Scale, double[] Delta) Evaluate(double[][,] w, double s, double[] x)
    {
        var depth = w.Length;
        var z = new double[depth][];
        var a = x;
        for (var l = 1; l < depth; l++)
        {
            z[l] = Times(a, w[l - 1]);
            a = [.. z[l].Select(Sigma)];
        }

        var last = w[depth - 1];
        double output = 0, scale = 0;
        for (var k = 0; k < a.Length; k++)
        {
            output += a[k] * last[k, 0];
            scale += Math.Abs(a[k] * last[k, 0]);
        }

        var delta = new double[a.Length];
        for (var k = 0; k < a.Length; k++)
        {
            delta[k] = Slope(z[depth - 1][k]) * s * last[k, 0];
        }

        for (var l = depth - 2; l >= 1; l--)
        {
            var next = w[l];
            var back = new double[next.GetLength(0)];
            for (var j = 0; j < back.Length; j++)
            {
                for (var k = 0; k < delta.Length; k++)
                {
                    back[j] += next[j, k] * delta[k];
                }

                back[j] *= Slope(z[l][j]);
            }

            delta = back;
        }

        return (s * output, Math.Abs(s) * scale, delta);
    }

    private static double Logistic(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));

    private static double[] Times(double[] a, double[,] w)
    {
        var result = new double[w.GetLength(1)];
        for (var j = 0; j < result.Length; j++)
        {
            for (var k = 0; k < a.Length; k++)
            {
                result[j] += a[k] * w[k, j];
            }
        }

        return result;
    }
}
