namespace Verify.Training;

/// <summary>A sampler that calls one measuring function (built once by a probe's Bind, so measuring allocates nothing itself).</summary>
internal sealed class DelegateSampler(Func<ProbeValue> measure) : IProbeSampler
{
    public ProbeValue Measure() => measure();
}
