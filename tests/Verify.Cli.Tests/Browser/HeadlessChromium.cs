using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Verify.Cli.Tests;

/// <summary>
/// Loads a report page in headless Chromium (Debian's <c>chromium</c>, installed by scripts/setup.sh; VERIFY_CHROMIUM names
/// another binary) through the DevTools protocol: collects every console error, uncaught exception and browser log error
/// and every request over the network (a report is self-contained and works offline), saves a full-page screenshot as the reader
/// first sees it, then opens every &lt;details&gt; and measures the box of every figure and every top-level svg.
/// </summary>
internal static partial class HeadlessChromium
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>Chromium cannot capture a taller picture in one piece; longer pages are cut at this height.</summary>
    private const int MaxScreenshotHeight = 16000;

    private const int ViewportWidth = 1280;

    private const string MeasureScript = """
        (() => {
          document.querySelectorAll('details').forEach(d => d.open = true);
          return [...document.querySelectorAll('figure, svg:not(svg svg)')].map((e, i) => {
            const r = e.getBoundingClientRect();
            const figure = e.closest('figure');
            const named = (figure && figure.querySelector('figcaption')) || e.querySelector('title');
            const name = named ? named.textContent.trim().slice(0, 90) : '(no caption or title)';
            return { what: e.tagName.toLowerCase() + ' ' + i + ': ' + name, width: r.width, height: r.height };
          });
        })()
        """;

    /// <summary>Loads <paramref name="indexHtml"/>, writes the screenshot to <paramref name="screenshot"/> and returns what was seen.</summary>
    public static BrowserPage Load(string indexHtml, string screenshot)
    {
        using var cancellation = new CancellationTokenSource(Patience);
        string profile = Directory.CreateTempSubdirectory("verify-chromium-").FullName;
        using var browser = Start(profile);
        try
        {
            return LoadAsync(browser, new Uri(Path.GetFullPath(indexHtml)), screenshot, cancellation.Token).GetAwaiter().GetResult();
        }
        finally
        {
            if (!browser.HasExited)
            {
                browser.Kill(entireProcessTree: true);
                browser.WaitForExit(5000);
            }
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // a straggling child may still hold a file: the temp folder is the system's to clean
            }
        }
    }

    private static async Task<BrowserPage> LoadAsync(Process browser, Uri page, string screenshot, CancellationToken cancellation)
    {
        var endpoint = await Endpoint(browser, cancellation);
        await using var devTools = await DevToolsConnection.Open(endpoint, cancellation);
        var errors = new List<string>();
        var network = new List<string>();
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        devTools.Event = (method, parameters, _) =>
        {
            lock (errors)
            {
                Observe(method, parameters, errors, network, loaded);
            }
        };
        var target = await devTools.Send("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, null, cancellation);
        var attached = await devTools.Send("Target.attachToTarget", new JsonObject { ["targetId"] = target["targetId"]!.GetValue<string>(), ["flatten"] = true }, null, cancellation);
        string session = attached["sessionId"]!.GetValue<string>();
        foreach (string domain in new[] { "Runtime", "Log", "Page", "Network" })
        {
            await devTools.Send($"{domain}.enable", null, session, cancellation);
        }
        await devTools.Send("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = ViewportWidth, ["height"] = 900, ["deviceScaleFactor"] = 1, ["mobile"] = false }, session, cancellation);
        await devTools.Send("Page.navigate", new JsonObject { ["url"] = page.AbsoluteUri }, session, cancellation);
        await loaded.Task.WaitAsync(cancellation);

        var metrics = await devTools.Send("Page.getLayoutMetrics", null, session, cancellation);
        double height = Math.Min(MaxScreenshotHeight, Math.Ceiling(metrics["cssContentSize"]!["height"]!.GetValue<double>()));
        var picture = await devTools.Send("Page.captureScreenshot", new JsonObject
        {
            ["format"] = "png",
            ["captureBeyondViewport"] = true,
            ["clip"] = new JsonObject { ["x"] = 0, ["y"] = 0, ["width"] = ViewportWidth, ["height"] = height, ["scale"] = 1 },
        }, session, cancellation);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(screenshot))!);
        await File.WriteAllBytesAsync(screenshot, Convert.FromBase64String(picture["data"]!.GetValue<string>()), cancellation);

        var measured = await devTools.Send("Runtime.evaluate", new JsonObject { ["expression"] = MeasureScript, ["returnByValue"] = true }, session, cancellation);
        if (measured["exceptionDetails"] is { } failure)
        {
            throw new InvalidOperationException("measuring the figures failed: " + failure.ToJsonString());
        }
        var boxes = measured["result"]!["value"]!.AsArray()
            .Select(b => new ElementBox(b!["what"]!.GetValue<string>(), b["width"]!.GetValue<double>(), b["height"]!.GetValue<double>()))
            .ToList();
        try
        {
            await devTools.Send("Browser.close", null, null, cancellation);
        }
        catch (InvalidOperationException)
        {
            // the browser may close the connection before it answers
        }
        lock (errors)
        {
            return new BrowserPage(errors.ToList(), network.ToList(), boxes, screenshot);
        }
    }

    /// <summary>Files an event: an error, a network request, or the page's load.</summary>
    private static void Observe(string method, JsonNode? parameters, List<string> errors, List<string> network, TaskCompletionSource loaded)
    {
        if (method == "Runtime.consoleAPICalled" && parameters?["type"]?.GetValue<string>() is "error" or "assert")
        {
            var args = parameters["args"]!.AsArray().Select(a => a?["value"]?.ToString() ?? a?["description"]?.ToString());
            errors.Add($"console.{parameters["type"]}: {string.Join(" ", args)}");
        }
        else if (method == "Runtime.exceptionThrown")
        {
            var details = parameters?["exceptionDetails"];
            errors.Add($"exception: {details?["exception"]?["description"] ?? details?["text"]}");
        }
        else if (method == "Log.entryAdded" && parameters?["entry"] is { } entry && entry["level"]?.GetValue<string>() == "error")
        {
            errors.Add($"log ({entry["source"]}): {entry["text"]} {entry["url"]}");
        }
        else if (method == "Network.requestWillBeSent" && parameters?["request"]?["url"]?.GetValue<string>() is { } url && !IsLocal(url))
        {
            network.Add(url);
        }
        else if (method == "Page.loadEventFired")
        {
            loaded.TrySetResult();
        }
    }

    private static bool IsLocal(string url) =>
        url.StartsWith("file:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("about:", StringComparison.Ordinal);

    private static Process Start(string profile)
    {
        string binary = Environment.GetEnvironmentVariable("VERIFY_CHROMIUM") ?? "chromium";
        var start = new ProcessStartInfo(binary) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--mute-audio", "--disable-breakpad",
            "--disable-dev-shm-usage", // containers often give /dev/shm 64 MB, too little for a long page
            "--remote-debugging-port=0", "--remote-allow-origins=*", $"--user-data-dir={profile}", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }
        try
        {
            return Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            Assert.Fail($"headless Chromium ('{binary}') could not start: {exception.Message}. scripts/setup.sh installs Debian's chromium.");
            throw;
        }
    }

    /// <summary>The browser's DevTools WebSocket, from its "DevTools listening on ws://…" line on stderr.</summary>
    private static async Task<Uri> Endpoint(Process browser, CancellationToken cancellation)
    {
        var seen = new List<string>();
        while (await browser.StandardError.ReadLineAsync(cancellation) is { } line)
        {
            var match = ListeningLine().Match(line);
            if (match.Success)
            {
                _ = browser.StandardError.ReadToEndAsync(CancellationToken.None); // keep draining, so the browser never blocks on a full pipe
                _ = browser.StandardOutput.ReadToEndAsync(CancellationToken.None);
                return new Uri(match.Groups["url"].Value);
            }
            seen.Add(line);
        }
        throw new InvalidOperationException($"headless Chromium exited (code {(browser.HasExited ? browser.ExitCode : -1)}) without a DevTools endpoint:\n{string.Join("\n", seen)}");
    }

    [GeneratedRegex(@"DevTools listening on (?<url>ws://\S+)")]
    private static partial Regex ListeningLine();
}

/// <summary>What <see cref="HeadlessChromium"/> saw on a page: errors, network requests, figure boxes, and where the screenshot is.</summary>
internal sealed record BrowserPage(IReadOnlyList<string> Errors, IReadOnlyList<string> NetworkRequests, IReadOnlyList<ElementBox> Figures, string Screenshot);

/// <summary>The CSS box of one figure or svg, named by its tag, index and caption (or title).</summary>
internal sealed record ElementBox(string What, double Width, double Height)
{
    public bool IsEmpty => !(Width > 0 && Height > 0);
}
