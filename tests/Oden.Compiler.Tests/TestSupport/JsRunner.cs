// Compile → load in a collectible context → run on a big-stack script thread → console output.
// Everything a test looks at is turned into strings before the context is unloaded (an exception
// object thrown by generated code would pin the context).
using System.Runtime.CompilerServices;
using System.Text;
using Oden.Runtime;
using Oden.Runtime.CompilerServices;
using Oden.Runtime.Loading;

namespace Oden.Compiler.Tests.TestSupport;

internal static class JsRunner
{
    public sealed record Result(bool Compiled, string Output, string? Error, IReadOnlyList<Diagnostics.Diagnostic> Diagnostics);

    /// <summary>Compiles the script with its modules (paths relative to a virtual root) and emits the assembly.</summary>
    public static (EmitResult Result, byte[] Pe, byte[] Pdb) Compile(string source, ScriptMode mode = ScriptMode.CommonJsModule,
        IReadOnlyDictionary<string, string>? files = null, string path = "/test/main.js")
    {
        var compilation = OdenCompilation.Create(new SourceFile(path, source), new CompilationOptions { Mode = mode },
            p => files is not null && files.TryGetValue(p, out var text) ? text : null);
        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        var result = compilation.Emit(pe, pdb);
        return (result, pe.ToArray(), pdb.ToArray());
    }

    public static Result Run(string source, ScriptMode mode = ScriptMode.CommonJsModule, IReadOnlyDictionary<string, string>? files = null,
        string path = "/test/main.js")
    {
        var (emit, pe, pdb) = Compile(source, mode, files, path);
        if (!emit.Success) return new Result(false, "", null, emit.Diagnostics);
        var (output, error) = Execute(pe, pdb, out _);
        return new Result(true, output, error, emit.Diagnostics);
    }

    /// <summary>Load, run and unload through the shared runner (time limit, script thread, strings only).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static (string Output, string? Error) Execute(byte[] pe, byte[] pdb, out WeakReference context)
    {
        var result = Oden.TestUtilities.JsRunner.Execute(new MemoryStream(pe), new MemoryStream(pdb), [], out context);
        return (result.Stdout, result.UncaughtSummary);
    }

    /// <summary>Runs and returns stdout, failing the test on compile errors or an uncaught exception.</summary>
    public static string Output(string source, ScriptMode mode = ScriptMode.CommonJsModule)
    {
        var result = Run(source, mode);
        Assert.True(result.Compiled, "compile failed:\n" + string.Join("\n", result.Diagnostics));
        Assert.True(result.Error is null, $"{result.Error}\noutput so far:\n{result.Output}");
        return result.Output;
    }

    /// <summary>STYLE rule 12: console.log's output for a program, trailing newline trimmed.</summary>
    public static void ExpectOutput(string source, string expected, ScriptMode mode = ScriptMode.CommonJsModule) =>
        Assert.Equal(expected, Output(source, mode).TrimEnd('\n'));
}
