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

    private sealed class CapturingHost : IRealmHost
    {
        public StringBuilder Out { get; } = new();

        public void WriteConsole(ConsoleLevel level, string text)
        {
            if (level is ConsoleLevel.Warn or ConsoleLevel.Error) return;
            Out.Append(text).Append('\n');
        }
    }

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

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static (string Output, string? Error) Execute(byte[] pe, byte[] pdb, out WeakReference context)
    {
        var load = new ScriptLoadContext("test");
        context = new WeakReference(load);
        try
        {
            var assembly = load.LoadScript(new MemoryStream(pe), new MemoryStream(pdb));
            var host = new CapturingHost();
            string? error = ScriptThread.Run(() =>
            {
                var realm = new Realm(host);
                try
                {
                    ScriptAssembly.Run(assembly, realm);
                    realm.Jobs.RunUntilIdle();
                    return (string?)null;
                }
                catch (JsException e)
                {
                    return "Uncaught " + JsException.Describe(e.Value);
                }
            });
            return (host.Out.ToString(), error);
        }
        finally
        {
            load.Unload();
        }
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
