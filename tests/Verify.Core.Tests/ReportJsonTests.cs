using System.Text.Json.Nodes;
using NUnit.Framework;
using Verify.Core;

namespace Verify.Core.Tests;

public sealed class ReportJsonTests
{
    private static RunReport Sample()
    {
        var theorem = TheoremRunner.Run(new ToyTheorem(_ => 0.5, _ => double.NaN, instances: 1, sweep: new SweepDeclaration("widths", "m")), new RunOptions(MasterSeed: 9));
        var environment = new EnvironmentInfo("OpenBLAS", "0.3.21", "/lib/libopenblas.so.0", 2, "Z3 4.8.12", "Linux", "EPYC", ".NET 10",
            "abc123", 9, new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero), []);
        return new RunReport(environment, [theorem]);
    }

    [Test]
    public void Json_CarriesTheFieldsOfTheContract()
    {
        var root = JsonNode.Parse(ReportJson.Serialize(Sample()))!;

        Assert.That(root["environment"]!["backend"]!.GetValue<string>(), Is.EqualTo("OpenBLAS"));
        Assert.That(root["environment"]!["z3Version"]!.GetValue<string>(), Is.EqualTo("Z3 4.8.12"));
        Assert.That(root["environment"]!["masterSeed"]!.GetValue<ulong>(), Is.EqualTo(9UL));
        var theorem = root["theorems"]![0]!;
        Assert.That(theorem["id"]!.GetValue<string>(), Is.EqualTo("toy"));
        Assert.That(theorem["verdict"]!.GetValue<string>(), Is.EqualTo("fail"));
        var instance = theorem["instances"]![0]!;
        Assert.That(instance["seed"]!.GetValue<ulong>(), Is.EqualTo(Seeds.Derive(9, "toy/only", 0)));
        Assert.That(instance["inScope"]!.GetValue<bool>(), Is.True);
        var hypothesis = instance["hypotheses"]![0]!;
        foreach (var field in new[] { "id", "tier", "value", "bound", "relation", "margin", "verdict" })
        {
            Assert.That(hypothesis[field], Is.Not.Null, field);
        }
        Assert.That(hypothesis["tier"]!.GetValue<string>(), Is.EqualTo("data"));
        var conclusion = instance["conclusions"]![0]!;
        Assert.That(conclusion["value"]!.GetValue<string>(), Is.EqualTo("NaN"));
        Assert.That(conclusion["note"]!.GetValue<string>(), Does.Contain("NaN"));
        Assert.That(instance["invariants"]!.AsArray(), Has.Count.EqualTo(1));
    }

    [Test]
    public void Json_WritesEachParameterWithItsNameNumberAndText_AndTheScenariosSweep()
    {
        var theorem = JsonNode.Parse(ReportJson.Serialize(Sample()))!["theorems"]![0]!;

        var parameters = theorem["instances"]![0]!["parameters"]!.AsArray();
        Assert.That(parameters.Select(p => string.Join(",", p!.AsObject().Select(field => field.Key))), Has.All.EqualTo("key,name,value,text"));
        Assert.That(parameters.Select(p => p!["key"]!.GetValue<string>()), Is.EqualTo(new[] { "m", "eta" }), "ASCII keys beside the display names");
        var read = parameters.Select(p => (p!["name"]!.GetValue<string>(), p["value"]?.GetValue<double>(), p["text"]!.GetValue<string>()));
        Assert.That(read, Is.EqualTo(new[] { ("m", (double?)10, "10"), ("η", null, "λ₀/(4n²)") }),
            "in the module's order; a text-only parameter has a null value");
        var sweep = theorem["scenarios"]![0]!["sweep"]!;
        Assert.That((sweep["family"]!.GetValue<string>(), sweep["axis"]!.GetValue<string>()), Is.EqualTo(("widths", "m")));
    }

    [Test]
    public void Json_StartsWithItsSchemaVersion_AndMeasuresEachInstance()
    {
        string json = ReportJson.Serialize(Sample());
        var root = JsonNode.Parse(json)!;

        Assert.That(root.AsObject().First().Key, Is.EqualTo("schemaVersion"));
        Assert.That(root["schemaVersion"]!.GetValue<int>(), Is.EqualTo(2));
        var resources = root["theorems"]![0]!["instances"]![0]!["resources"]!;
        Assert.That(resources["wallSeconds"]!.GetValue<double>(), Is.GreaterThan(0));
        Assert.That(resources["allocatedBytes"]!.GetValue<long>(), Is.GreaterThan(0));
    }

    [Test]
    public void Json_RoundTrips()
    {
        var report = Sample();
        var again = ReportJson.Deserialize(ReportJson.Serialize(report));

        Assert.That(ReportJson.Serialize(again), Is.EqualTo(ReportJson.Serialize(report)));
        Assert.That(again.Theorems[0].Instances[0].Parameters, Is.EqualTo(new[] { Parameter.Number("m", 10), Parameter.TextOnly("η", "λ₀/(4n²)") }));
        Assert.That(again.Theorems[0].Scenarios[0].Sweep, Is.EqualTo(new SweepDeclaration("widths", "m")));
    }

    [Test]
    public void Json_RoundTripsParametersThatAreNotFinite()
    {
        var report = Sample();
        var theorem = report.Theorems[0];
        Parameter[] parameters = [Parameter.Number("λ₀", double.NaN), Parameter.Number("R", double.PositiveInfinity), Parameter.Number("x", -0.1)];
        var changed = report with { Theorems = [theorem with { Instances = [theorem.Instances[0] with { Parameters = parameters }] }] };

        var again = ReportJson.Deserialize(ReportJson.Serialize(changed));

        Assert.That(again.Theorems[0].Instances[0].Parameters, Is.EqualTo(parameters));
    }

    [Test]
    public void AtomicFile_ReplacesWholeAndLeavesNoTemporary()
    {
        string directory = Path.Combine(Path.GetTempPath(), $"verify-atomic-{Guid.NewGuid():N}");
        try
        {
            string path = Path.Combine(directory, "report.json");
            AtomicFile.WriteAllText(path, "first");
            AtomicFile.WriteAllText(path, "second");

            Assert.That(File.ReadAllText(path), Is.EqualTo("second"));
            Assert.That(Directory.GetFiles(directory), Has.Length.EqualTo(1));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
