using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Oden.Benchmarks;

/// <summary>
/// The node column: runs node-runner.js on a workload in a child process (same warm-up and batch rules as
/// the .NET engines) right after the .NET engines ran it, so the ratios come from one run.
/// </summary>
internal static class NodeRunner
{
    /// <summary>node's version, or null when node is not on PATH (the column then reads n/a).</summary>
    public static string? Version()
    {
        try
        {
            (int code, string output) = Exec("--version");
            return code == 0 ? output.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>The checksum, wall time per run and process CPU time per run (process.cpuUsage: user + system).</summary>
    public static (string Checksum, double SteadyMs, double SteadyCpuMs) Measure(string workload, bool quick)
    {
        string runner = Path.Combine(AppContext.BaseDirectory, "node-runner.js");
        (int code, string output) = Exec(runner, workload, quick ? "200" : "1500", quick ? "5" : "15");
        if (code != 0) throw new InvalidOperationException($"node failed on {workload}: {output}");
        using JsonDocument doc = JsonDocument.Parse(output);
        return (doc.RootElement.GetProperty("checksum").GetString()!,
            doc.RootElement.GetProperty("steadyMs").GetDouble(),
            doc.RootElement.GetProperty("steadyCpuMs").GetDouble());
    }

    private static (int Code, string Output) Exec(params string[] args)
    {
        var info = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in args) info.ArgumentList.Add(arg);
        using Process process = Process.Start(info)!;
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, process.ExitCode == 0 ? stdout : stdout + stderr.Result);
    }
}
