using System.Numerics;
using System.Reflection;
using System.Runtime.ExceptionServices;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Providers.LinearAlgebra;

namespace Verify.Numerics;

/// <summary>
/// A MathNet <see cref="ILinearAlgebraProvider"/> (built by <see cref="DispatchProxy"/>, because MathNet's managed
/// provider is sealed) that sends the double-precision GEMM, symmetric eigen-decomposition and SVD to an
/// <see cref="ILinearAlgebraBackend"/> and every other call to a <see cref="ManagedLinearAlgebraProvider"/>.
/// Not sealed: DispatchProxy derives the runtime proxy type from it.
/// </summary>
internal class MathNetRoutingProxy : DispatchProxy
{
    private ILinearAlgebraBackend? _backend;
    private readonly ManagedLinearAlgebraProvider _managed = new();
    private long _gemmCalls;
    private long _eigenCalls;
    private long _svdCalls;

    /// <summary>Double GEMMs (MatrixMultiply, MatrixMultiplyWithUpdate) sent to the backend.</summary>
    internal long GemmCalls => Interlocked.Read(ref _gemmCalls);

    /// <summary>Symmetric eigen-decompositions sent to the backend.</summary>
    internal long EigenCalls => Interlocked.Read(ref _eigenCalls);

    /// <summary>SVDs sent to the backend.</summary>
    internal long SvdCalls => Interlocked.Read(ref _svdCalls);

    internal ILinearAlgebraBackend Backend => _backend ?? throw new InvalidOperationException("Proxy not initialised.");

    /// <summary>Creates a provider that routes to <paramref name="backend"/>.</summary>
    public static ILinearAlgebraProvider Create(ILinearAlgebraBackend backend)
    {
        var provider = Create<ILinearAlgebraProvider, MathNetRoutingProxy>();
        var proxy = (MathNetRoutingProxy)(object)provider;
        proxy._backend = backend;
        return provider;
    }

    public override string ToString() => $"Verify routing provider ({Backend.Description.Name}, {Backend.Description.Version})";

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        args ??= [];
        if (targetMethod.DeclaringType == typeof(ILinearAlgebraProvider<double>) && TryRoute(targetMethod.Name, args))
        {
            return null;
        }

        try
        {
            return targetMethod.Invoke(_managed, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }

    private bool TryRoute(string name, object?[] args)
    {
        switch (name)
        {
            case nameof(ILinearAlgebraProvider<double>.MatrixMultiply) when args.Length == 7:
                Gemm(Transpose.DontTranspose, Transpose.DontTranspose, 1.0, (double[])args[0]!, (int)args[1]!,
                    (int)args[2]!, (double[])args[3]!, (int)args[4]!, (int)args[5]!, 0.0, (double[])args[6]!);
                return true;
            case nameof(ILinearAlgebraProvider<double>.MatrixMultiplyWithUpdate) when args.Length == 11:
                Gemm((Transpose)args[0]!, (Transpose)args[1]!, (double)args[2]!, (double[])args[3]!, (int)args[4]!,
                    (int)args[5]!, (double[])args[6]!, (int)args[7]!, (int)args[8]!, (double)args[9]!, (double[])args[10]!);
                return true;
            case nameof(ILinearAlgebraProvider<double>.EigenDecomp) when args.Length == 6 && (bool)args[0]!:
                SymmetricEigen((int)args[1]!, (double[])args[2]!, (double[])args[3]!, (Complex[])args[4]!, (double[])args[5]!);
                return true;
            case nameof(ILinearAlgebraProvider<double>.SingularValueDecomposition) when args.Length == 7:
                Svd((bool)args[0]!, (double[])args[1]!, (int)args[2]!, (int)args[3]!, (double[])args[4]!,
                    (double[])args[5]!, (double[])args[6]!);
                return true;
            default:
                return false;
        }
    }

    private void Gemm(
        Transpose transposeA, Transpose transposeB, double alpha, double[] a, int rowsA, int columnsA,
        double[] b, int rowsB, int columnsB, double beta, double[] c)
    {
        if (transposeA == Transpose.ConjugateTranspose || transposeB == Transpose.ConjugateTranspose)
        {
            // For real matrices Aᴴ = Aᵀ.
            transposeA = transposeA == Transpose.DontTranspose ? transposeA : Transpose.Transpose;
            transposeB = transposeB == Transpose.DontTranspose ? transposeB : Transpose.Transpose;
        }

        var isTransposeA = transposeA == Transpose.Transpose;
        var isTransposeB = transposeB == Transpose.Transpose;
        var rowsC = isTransposeA ? columnsA : rowsA;
        var columnsC = isTransposeB ? rowsB : columnsB;
        if (c.Length != rowsC * columnsC)
        {
            throw new ArgumentException($"The result array has {c.Length} elements, not {rowsC}×{columnsC}.", nameof(c));
        }

        Interlocked.Increment(ref _gemmCalls);
        Backend.Gemm(
            isTransposeA, isTransposeB, alpha, Wrap(a, rowsA, columnsA), Wrap(b, rowsB, columnsB), beta,
            Wrap(c, rowsC, columnsC));
    }

    /// <summary>Fills the outputs exactly as MathNet's managed provider does for a symmetric matrix.</summary>
    private void SymmetricEigen(int order, double[] matrix, double[] matrixEv, Complex[] vectorEv, double[] matrixD)
    {
        Interlocked.Increment(ref _eigenCalls);
        var decomposition = Backend.SymmetricEigen(Wrap(matrix, order, order));
        decomposition.Vectors.AsColumnMajorArray().AsSpan().CopyTo(matrixEv);
        Array.Clear(matrixD);
        for (var i = 0; i < order; i++)
        {
            vectorEv[i] = new Complex(decomposition.Values[i], 0.0);
            matrixD[(i * order) + i] = decomposition.Values[i];
        }
    }

    /// <summary>MathNet's SVD contract: full U (m×m) and Vᵀ (n×n) when vectors are wanted; <paramref name="a"/> may be destroyed.</summary>
    private void Svd(bool computeVectors, double[] a, int rows, int columns, double[] s, double[] u, double[] vt)
    {
        Interlocked.Increment(ref _svdCalls);
        var matrix = Wrap(a, rows, columns);
        if (!computeVectors)
        {
            Backend.SingularValues(matrix).AsSpan().CopyTo(s);
            return;
        }

        var full = Backend.FullSvd(matrix);
        full.S.AsSpan().CopyTo(s);
        full.U.AsColumnMajorArray().AsSpan().CopyTo(u);
        full.VT.AsColumnMajorArray().AsSpan().CopyTo(vt);
    }

    private static Matrix<double> Wrap(double[] storage, int rows, int columns)
    {
        if (storage.Length != rows * columns)
        {
            throw new ArgumentException($"An array of {storage.Length} elements cannot hold a {rows}×{columns} matrix.");
        }

        return Matrix<double>.Build.Dense(rows, columns, storage);
    }
}
