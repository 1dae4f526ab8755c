// JsRunner: compile → load into a collectible context → run in a fresh realm on a script thread → run its
// event loop to completion (jobs and timers) → collect console output → unload. The runner behind end-to-end, conformance and CLI-shaped tests.
using System.Runtime.CompilerServices;
using System.Text;
using Oden.Compiler;
using Oden.Compiler.Diagnostics;
using Oden.Runtime;
using Oden.Runtime.CompilerServices;
using Oden.Runtime.Loading;

namespace Oden.TestUtilities;

public sealed record RunResult(string Stdout, string Stderr, string? UncaughtError, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>"Uncaught TypeError: message" (no stack) when the program threw, as node's first line says.</summary>
    public string? UncaughtSummary { get; init; }

    public bool Compiled => !Diagnostics.Any(d => d.IsError);

    /// <summary>Everything a failing assertion should show.</summary>
    public string Describe()
    {
        var sb = new StringBuilder();
        foreach (var d in Diagnostics) sb.AppendLine(d.ToString());
        if (UncaughtError is not null) sb.AppendLine("uncaught: " + UncaughtError);
        sb.AppendLine("stdout:").Append(Stdout);
        if (Stderr.Length > 0) sb.AppendLine("stderr:").Append(Stderr);
        return sb.ToString();
    }
}

/// <summary>Console output captured per stream, as node would print it.</summary>
public sealed class CapturingHost : IRealmHost
{
    public StringBuilder Stdout { get; } = new();
    public StringBuilder Stderr { get; } = new();

    public void WriteConsole(ConsoleLevel level, string text)
    {
        (level is ConsoleLevel.Warn or ConsoleLevel.Error ? Stderr : Stdout).Append(text).Append('\n');
    }
}

public static class JsRunner
{
    /// <summary>Compiles and runs <paramref name="source"/> as if it were the file at <paramref name="path"/>.</summary>
    public static RunResult Run(string source, string path = "test.js", ScriptMode mode = ScriptMode.CommonJsModule) =>
        RunCompilation(OdenCompilation.Create(new SourceFile(path, source), new CompilationOptions { Mode = mode }), saveTo: null);

    /// <summary>Compiles and runs a file on disk (relative requires resolve next to it).</summary>
    public static RunResult RunFile(string path, ScriptMode mode = ScriptMode.CommonJsModule, string? saveTo = null) =>
        RunCompilation(OdenCompilation.Create(path, new CompilationOptions { Mode = mode }), saveTo);

    /// <summary>Asserts that the program prints exactly <paramref name="expected"/> (lines joined with \n).</summary>
    public static void ExpectOutput(string source, string expected, ScriptMode mode = ScriptMode.CommonJsModule)
    {
        RunResult result = Run(source, mode: mode);
        Xunit.Assert.True(result.Compiled && result.UncaughtError is null, result.Describe());
        Xunit.Assert.Equal(expected.ReplaceLineEndings("\n").TrimEnd('\n'), result.Stdout.TrimEnd('\n'));
    }

    private static RunResult RunCompilation(OdenCompilation compilation, string? saveTo)
    {
        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        EmitResult emit = compilation.Emit(pe, pdb);
        if (!emit.Success)
        {
            return new RunResult("", "", null, emit.Diagnostics);
        }

        if (saveTo is not null)
        {
            // Through a saved .dll and .pdb, as odenc produces them.
            File.WriteAllBytes(saveTo, pe.ToArray());
            File.WriteAllBytes(Path.ChangeExtension(saveTo, ".pdb"), pdb.ToArray());
            using var peFile = File.OpenRead(saveTo);
            using var pdbFile = File.OpenRead(Path.ChangeExtension(saveTo, ".pdb"));
            return Execute(peFile, pdbFile, emit.Diagnostics, out _);
        }

        pe.Position = 0;
        pdb.Position = 0;
        return Execute(pe, pdb, emit.Diagnostics, out _);
    }

    /// <summary>Loads, runs and unloads; the weak reference lets tests prove the context is collected.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static RunResult Execute(Stream pe, Stream? pdb, IReadOnlyList<Diagnostic> diagnostics, out WeakReference context)
    {
        var alc = new ScriptLoadContext("oden-test");
        context = new WeakReference(alc);
        var host = new CapturingHost();
        try
        {
            var assembly = alc.LoadScript(pe, pdb);
            TimeSpan limit = TimeLimit; // read on the caller's flow, before the script thread starts
            var (stack, summary) = ScriptThread.Run(() => RunInRealm(assembly, host, limit));
            return new RunResult(host.Stdout.ToString(), host.Stderr.ToString(), stack, diagnostics) { UncaughtSummary = summary };
        }
        finally
        {
            alc.Unload();
        }
    }

    private static readonly AsyncLocal<TimeSpan?> s_timeLimit = new();

    /// <summary>
    /// How long one program may run before the runner interrupts it (a hung test fails instead of hanging).
    /// Per test flow (an AsyncLocal): a test that shortens it does not shorten the limit of tests running in
    /// parallel beside it.
    /// </summary>
    public static TimeSpan TimeLimit
    {
        get => s_timeLimit.Value ?? TimeSpan.FromSeconds(20);
        set => s_timeLimit.Value = value;
    }

    /// <summary>Runs the entry and drains jobs; an uncaught error becomes its JavaScript stack text.</summary>
    private static (string? Stack, string? Summary) RunInRealm(System.Reflection.Assembly assembly, IRealmHost host, TimeSpan limit)
    {
        var realm = new Realm(host);
        OdenCompilerHook.Install(realm, System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(assembly));
        using var watchdog = new Timer(_ => realm.RequestInterrupt($"test time limit of {limit.TotalSeconds:F0} s exceeded"), null, limit, Timeout.InfiniteTimeSpan);
        try
        {
            ScriptAssembly.Run(assembly, realm);
            // Jobs, then timers and immediates until none is left (Execution/EventLoop.cs), as node does.
            using var loop = new EventLoop(realm);
            loop.RunUntilComplete();
            return (null, null);
        }
        catch (JsException e)
        {
            return (e.JsStack, "Uncaught " + JsException.Describe(e.Value));
        }
        catch (ScriptInterruptedException e)
        {
            return ("interrupted: " + e.Message, "interrupted: " + e.Message);
        }
    }

    /// <summary>Runs GC until the weak reference clears (or gives up); true when collected.</summary>
    public static bool WaitForCollection(WeakReference reference)
    {
        for (int i = 0; i < 20 && reference.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        return !reference.IsAlive;
    }
}
