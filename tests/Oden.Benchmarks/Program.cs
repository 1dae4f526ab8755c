// The JS workload benchmark: each workload runs in Oden, in Jint and in node, each in a fresh process of its
// own (this program started again with --child, and node-runner.js), one right after the other, in steady
// state after warm-up; compile + first run is reported in its own column. Usage:
//   dotnet run -c Release --project tests/Oden.Benchmarks [-- --filter name] [--quick] [--runs N] [--shared-process]
// Each engine measures each workload in N fresh processes (default 2) and keeps the fastest: on this shared VM
// a process sometimes runs whole seconds at about half speed (every engine alike), which one run cannot tell
// from a real difference.
// --shared-process runs both .NET engines and every workload in this one process instead (the earlier
// method: a workload's times then depend on what ran before it; deltablue measured 3.2 ms alone and 6.2 ms
// after the other workloads, Jint 29 and 72 ms).
// Other modes: --request-path, --compile, --reload (see RequestPath.cs and CompileAndReload.cs).
// Ratios are what to compare across runs: the machine is shared and noisy.
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Oden.Runtime;

namespace Oden.Benchmarks;

public static class Program
{
    public static int Main(string[] args)
    {
        string? filter = null;
        bool quick = false;
        bool requestPath = false;
        bool compile = false;
        bool reload = false;
        bool sharedProcess = false;
        int runs = 2;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--runs" && i + 1 < args.Length) runs = Math.Max(1, int.Parse(args[i + 1], CultureInfo.InvariantCulture));
            if (args[i] == "--child" && i + 2 < args.Length) return RunChild(args[i + 1], args[i + 2], args.Contains("--quick"));
            if (args[i] == "--filter" && i + 1 < args.Length) filter = args[++i];
            else if (args[i] == "--shared-process") sharedProcess = true;
            else if (args[i] == "--quick") quick = true;
            else if (args[i] == "--request-path") requestPath = true;
            else if (args[i] == "--compile") compile = true;
            else if (args[i] == "--reload") reload = true;
        }

        if (requestPath || compile || reload)
        {
            if (requestPath) RequestPath.Run(quick, filter);
            if (compile) CompileAndReload.RunCompile(quick);
            if (reload) CompileAndReload.RunReload(quick);
            return 0;
        }

        string dir = Path.Combine(AppContext.BaseDirectory, "workloads");
        var files = Directory.GetFiles(dir, "*.js").OrderBy(f => f, StringComparer.Ordinal)
            .Where(f => filter is null || Path.GetFileNameWithoutExtension(f).Contains(filter, StringComparison.OrdinalIgnoreCase))
            .ToList();

        string? nodeVersion = NodeRunner.Version();
        Console.WriteLine($"# Oden vs Jint vs node JS workloads — {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}, node {nodeVersion ?? "not found"}");
        Console.WriteLine();
        Console.WriteLine("| workload | Oden first run (compile+run) | Oden steady | Oden alloc/run | Jint first run | Jint steady | Jint alloc/run | Jint/Oden | node steady | Oden/node | Jint/Oden CPU | Oden/node CPU |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");

        int failures = 0;
        var ratios = new List<double>();
        var nodeRatios = new List<double>();
        var cpuRatios = new List<double>();
        var nodeCpuRatios = new List<double>();
        foreach (string file in files)
        {
            string name = Path.GetFileNameWithoutExtension(file);
            string source = File.ReadAllText(file);
            var results = new List<WorkloadResult>();
            foreach (IWorkloadEngine engine in new IWorkloadEngine[] { new OdenEngine(), new JintEngine() })
            {
                results.Add(sharedProcess ? Measure(engine, file, source, quick) : Fastest(Enumerable.Range(0, runs).Select(_ => MeasureInChild(engine.Name, file, quick))));
            }

            if (results.Select(r => r.Checksum).Distinct().Count() != 1)
            {
                Console.Error.WriteLine($"{name}: engines disagree: {string.Join(", ", results.Select(r => r.Engine + "=" + r.Checksum))}");
                failures++;
            }

            WorkloadResult oden = results[0], jint = results[1];
            double ratio = jint.SteadyMs / oden.SteadyMs;
            double cpuRatio = jint.SteadyCpuMs / oden.SteadyCpuMs;
            ratios.Add(ratio);
            cpuRatios.Add(cpuRatio);
            string nodeCells = "n/a | n/a";
            string nodeCpuCell = "n/a";
            if (nodeVersion is not null)
            {
                (string checksum, double ms, double cpuMs) = Enumerable.Range(0, sharedProcess ? 1 : runs)
                    .Select(_ => NodeRunner.Measure(file, quick)).MinBy(r => r.Item2);
                if (checksum != oden.Checksum)
                {
                    Console.Error.WriteLine($"{name}: node disagrees: node={checksum} Oden={oden.Checksum}");
                    failures++;
                }

                nodeRatios.Add(oden.SteadyMs / ms);
                nodeCpuRatios.Add(oden.SteadyCpuMs / cpuMs);
                nodeCells = string.Create(CultureInfo.InvariantCulture, $"{ms:F3} ms | {oden.SteadyMs / ms:F1}×");
                nodeCpuCell = string.Create(CultureInfo.InvariantCulture, $"{oden.SteadyCpuMs / cpuMs:F1}×");
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {oden.FirstMs:F1} ms | {oden.SteadyMs:F3} ms | {Kb(oden.AllocBytes)} | {jint.FirstMs:F1} ms | {jint.SteadyMs:F3} ms | {Kb(jint.AllocBytes)} | {ratio:F1}× | {nodeCells} | {cpuRatio:F1}× | {nodeCpuCell} |"));
        }

        if (ratios.Count > 0)
        {
            double geo = Math.Exp(ratios.Average(Math.Log));
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Geometric mean, Jint time / Oden time: {geo:F1}×"));
            if (nodeRatios.Count > 0)
            {
                double nodeGeo = Math.Exp(nodeRatios.Average(Math.Log));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Geometric mean, Oden time / node time: {nodeGeo:F1}×"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Geometric mean on CPU time, Jint / Oden: {Math.Exp(cpuRatios.Average(Math.Log)):F1}×"));
            if (nodeCpuRatios.Count > 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Geometric mean on CPU time, Oden / node: {Math.Exp(nodeCpuRatios.Average(Math.Log)):F1}×"));
            }
        }

        MeasureRealmCreation();
        return failures == 0 ? 0 : 1;
    }

    /// <summary>
    /// The cost of a fresh realm (DESIGN.md §4 targets: under 5 µs and 16 KB the first time, then under
    /// 1 µs and 8 KB), and of a realm after a script has touched Object, Array and console.
    /// </summary>
    private static void MeasureRealmCreation()
    {
        for (int i = 0; i < 10_000; i++) _ = new Oden.Runtime.Realm();

        const int count = 100_000;
        long before = GC.GetAllocatedBytesForCurrentThread();
        var sw = Stopwatch.StartNew();
        for (int i = 0; i < count; i++) _ = new Oden.Runtime.Realm();
        double emptyUs = sw.Elapsed.TotalMilliseconds * 1000 / count;
        long emptyBytes = (GC.GetAllocatedBytesForCurrentThread() - before) / count;

        const int touched = 10_000;
        before = GC.GetAllocatedBytesForCurrentThread();
        sw.Restart();
        for (int i = 0; i < touched; i++)
        {
            var realm = new Oden.Runtime.Realm();
            JsObject global = realm.GlobalObject;
            _ = global.Get("Object");
            _ = global.Get("Array");
            _ = global.Get("console");
        }

        double touchedUs = sw.Elapsed.TotalMilliseconds * 1000 / touched;
        long touchedBytes = (GC.GetAllocatedBytesForCurrentThread() - before) / touched;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Realm creation: {emptyUs:F2} µs and {emptyBytes / 1024.0:F1} KB fresh; {touchedUs:F1} µs and {touchedBytes / 1024.0:F1} KB with Object, Array and console touched"));
    }

    /// <summary>The run with the lowest steady time (its CPU time with it); first-run time is the lowest too.</summary>
    private static WorkloadResult Fastest(IEnumerable<WorkloadResult> results)
    {
        var all = results.ToList();
        return all.MinBy(r => r.SteadyMs)! with { FirstMs = all.Min(r => r.FirstMs) };
    }

    /// <summary>--child Oden|Jint file: measures one engine on one workload and prints the result as one JSON line.</summary>
    private static int RunChild(string engineName, string file, bool quick)
    {
        IWorkloadEngine engine = engineName == "Oden" ? new OdenEngine() : new JintEngine();
        WorkloadResult result = Measure(engine, file, File.ReadAllText(file), quick);
        Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(result));
        return 0;
    }

    /// <summary>Runs this program again with --child for one engine and one workload and reads its result.</summary>
    private static WorkloadResult MeasureInChild(string engineName, string file, bool quick)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(typeof(Program).Assembly.Location); // started as `dotnet Oden.Benchmarks.dll`
        }

        foreach (string arg in (string[])["--child", engineName, file]) start.ArgumentList.Add(arg);
        if (quick) start.ArgumentList.Add("--quick");
        using Process child = Process.Start(start)!;
        string output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        string? line = output.Split('\n').LastOrDefault(l => l.StartsWith('{'));
        if (child.ExitCode != 0 || line is null)
        {
            throw new InvalidOperationException($"{engineName} on {Path.GetFileName(file)} failed (exit code {child.ExitCode}):\n{output}");
        }

        return System.Text.Json.JsonSerializer.Deserialize<WorkloadResult>(line)!;
    }

    private static string Kb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:F0} KB");

    private static WorkloadResult Measure(IWorkloadEngine engine, string path, string source, bool quick)
    {
        // First run: compile (or parse) plus one call, in a fresh engine.
        var sw = Stopwatch.StartNew();
        engine.Load(path, source);
        string checksum = engine.Run();
        double firstMs = sw.Elapsed.TotalMilliseconds;

        // Warm up until tiered compilation has settled, then time batches and keep the median batch.
        TimeSpan warmup = TimeSpan.FromMilliseconds(quick ? 200 : 1500);
        sw.Restart();
        int warmRuns = 0;
        while (sw.Elapsed < warmup || warmRuns < 5)
        {
            engine.Run();
            warmRuns++;
        }

        double perRun = sw.Elapsed.TotalMilliseconds / warmRuns;
        int batch = Math.Max(1, (int)(50 / Math.Max(perRun, 0.001)));
        int samples = quick ? 5 : 15;
        var times = new List<double>();
        var cpuTimes = new List<double>();
        long allocBefore = GC.GetAllocatedBytesForCurrentThread();
        int totalRuns = 0;
        for (int s = 0; s < samples; s++)
        {
            TimeSpan cpu = Environment.CpuUsage.TotalTime;
            sw.Restart();
            for (int i = 0; i < batch; i++) engine.Run();
            times.Add(sw.Elapsed.TotalMilliseconds / batch);
            cpuTimes.Add((Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds / batch);
            totalRuns += batch;
        }

        long alloc = (GC.GetAllocatedBytesForCurrentThread() - allocBefore) / totalRuns;
        times.Sort();
        cpuTimes.Sort();
        return new WorkloadResult(engine.Name, checksum, firstMs, times[times.Count / 2], cpuTimes[cpuTimes.Count / 2], alloc);
    }

    /// <summary>SteadyMs is wall time per run; SteadyCpuMs the process's CPU time per run (user + system, GC included), which a loaded machine inflates far less.</summary>
    private sealed record WorkloadResult(string Engine, string Checksum, double FirstMs, double SteadyMs, double SteadyCpuMs, long AllocBytes);
}

/// <summary>One engine running a workload script that defines a global function run().</summary>
public interface IWorkloadEngine
{
    string Name { get; }

    void Load(string path, string source);

    /// <summary>Calls run() and returns its result as a string (the checksum compared across engines).</summary>
    string Run();
}

internal sealed class JintEngine : IWorkloadEngine
{
    private Jint.Engine? _engine;
    private Jint.Native.JsValue? _run;

    public string Name => "Jint";

    public void Load(string path, string source)
    {
        _engine = new Jint.Engine();
        _engine.Execute(source);
        _run = _engine.GetValue("run");
    }

    // UnwrapIfPromise runs Jint's event loop until an async workload's promise settles.
    public string Run() => Jint.JsValueExtensions.UnwrapIfPromise(_engine!.Invoke(_run!)).ToString();
}
