// The contracts a host relies on: unloading, interrupting, stack traces that name the script.
using System.Runtime.CompilerServices;
using Oden.Compiler.Tests.TestSupport;
using Oden.Runtime;
using Oden.Runtime.CompilerServices;
using Oden.Runtime.Loading;

namespace Oden.Compiler.Tests.EndToEnd;

public sealed class HostingTests
{
    [Fact]
    public void Unload_AfterRun_ContextIsCollected()
    {
        var (pe, pdb) = CompileOrFail(
            "var o = { f: function () { return [1, 2].length; } }; var fs = []; for (let i = 0; i < 3; i++) fs.push(() => i); console.log(o.f() + fs[2]());");
        var weak = RunAndUnload(pe, pdb);
        for (int i = 0; i < 20 && weak.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        Assert.False(weak.IsAlive, "the script's AssemblyLoadContext is still alive after unloading");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference RunAndUnload(byte[] pe, byte[] pdb)
    {
        var (output, error) = JsRunner.Execute(pe, pdb, out var weak);
        Assert.Null(error);
        Assert.Equal("4\n", output);
        return weak;
    }

    /// <summary>
    /// A host's interrupt request stops the script wherever it runs: a loop whose catch would swallow the error,
    /// a loop in a finally, a loop whose numeric locals live in registers (its back-edge's only call is the
    /// no-return throw), and recursion without any loop (only the function-entry check can see the request;
    /// fib's depth stays inside one stack window).
    /// </summary>
    [Theory]
    [InlineData("while (true) { try { while (true) {} } catch (e) {} }")]
    [InlineData("try { while (true) {} } finally { for (;;) {} }")]
    [InlineData("let s = 0; for (let i = 0; ; i++) { s = (s + i) % 1000; if (s === -1) break; }")]
    [InlineData("function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); } fib(60);")]
    public void Interrupt_StopsTheScript(string script)
    {
        var (pe, pdb) = CompileOrFail(script);
        Assert.Equal("interrupted by test", RunInterrupted(pe, pdb));
    }

    [Fact]
    public void RunawayRecursion_OnAFreshThreadAfterAnother_EndsInRangeError()
    {
        // The same realm runs on two threads in turn: the second thread's first entries check its own stack.
        var (pe, pdb) = CompileOrFail(
            "function down(n) { return down(n + 1) + 1; }\n" +
            "var caught = 'none'; try { down(0); } catch (e) { caught = e.name; } globalThis.result = caught;");
        InLoadedScript(pe, pdb, assembly =>
        {
            var realm = new Realm();
            for (int i = 0; i < 2; i++)
            {
                string result = ScriptThread.Run(() =>
                {
                    ScriptAssembly.Run(assembly, realm);
                    return realm.GlobalObject.Get("result").AsString();
                });
                Assert.Equal("RangeError", result);
            }

            return 0;
        });
    }

    private static (byte[] Pe, byte[] Pdb) CompileOrFail(string source)
    {
        var (emit, pe, pdb) = JsRunner.Compile(source);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        return (pe, pdb);
    }

    /// <summary>Loads the script into a collectible context of its own, runs <paramref name="body"/>, unloads.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static T InLoadedScript<T>(byte[] pe, byte[] pdb, Func<System.Reflection.Assembly, T> body)
    {
        var context = new ScriptLoadContext("hosting-test");
        try
        {
            return body(context.LoadScript(new MemoryStream(pe), new MemoryStream(pdb)));
        }
        finally
        {
            context.Unload();
        }
    }

    private static string RunInterrupted(byte[] pe, byte[] pdb) => InLoadedScript(pe, pdb, assembly =>
    {
        var realm = new Realm();
        var stopper = new Thread(() =>
        {
            Thread.Sleep(200);
            realm.RequestInterrupt("interrupted by test");
        });
        stopper.Start();
        string result = ScriptThread.Run(() =>
        {
            try
            {
                ScriptAssembly.Run(assembly, realm);
                return "completed";
            }
            catch (ScriptInterruptedException e)
            {
                return e.Message;
            }
        });
        stopper.Join();
        return result;
    });

    [Fact]
    public void StackTrace_ErrorStack_NamesScriptLines()
    {
        var js = "function inner() {\n  throw new Error('boom');\n}\nfunction outer() { inner(); }\ntry { outer(); } catch (e) { console.log(e.stack); }";
        var output = JsRunner.Output(js);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("Error: boom", lines[0]);
        Assert.Equal("    at inner (/test/main.js:2:9)", lines[1]);
        Assert.Equal("    at outer (/test/main.js:4:20)", lines[2]);
        Assert.StartsWith("    at /test/main.js:5:7", lines[3]);
    }

    [Fact]
    public void StackTrace_DotNetTrace_ShowsScriptFileAndLine()
    {
        var (pe, pdb) = CompileOrFail("var x;\n\nx.boom;");
        var trace = ThrowAndDescribe(pe, pdb);
        Assert.Contains("main.js:line 3", trace);
    }

    private static string ThrowAndDescribe(byte[] pe, byte[] pdb) => InLoadedScript(pe, pdb, assembly => ScriptThread.Run(() =>
    {
        try
        {
            ScriptAssembly.Run(assembly, new Realm());
            return "no exception";
        }
        catch (JsException e)
        {
            return e.StackTrace ?? "";
        }
    }));

    [Fact]
    public void Emit_SavedAssembly_CarriesOdenScriptAttribute()
    {
        var (emit, pe, _) = JsRunner.Compile("module.exports = 42;");
        Assert.True(emit.Success);
        using var reader = new System.Reflection.PortableExecutable.PEReader(new MemoryStream(pe));
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(reader);
        var references = metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).OrderBy(n => n).ToList();
        Assert.Equal(["Oden.Runtime", "System.Private.CoreLib"], references);
        var attribute = metadata.GetAssemblyDefinition().GetCustomAttributes().Single();
        Assert.NotEqual(default, attribute);
    }
}

public sealed class DeepNestingTests
{
    [Theory]
    [InlineData("var x = ", "(", "1", ")", 10_000)]
    [InlineData("var x = ", "- ", "1", "", 20_000)]
    [InlineData("var x = ", "[", "1", "]", 5_000)]
    [InlineData("var x = ", "a + ", "1", "", 20_000)]
    [InlineData("", "if (true) ", "x = 1;", "", 10_000)]
    [InlineData("", "{ ", "x = 1;", " }", 10_000)]
    [InlineData("", "(function(){ ", "x = 1;", " })();", 1_000)]
    public void Compile_DeepNesting_CompilesOrDiagnoses(string prefix, string open, string middle, string close, int depth)
    {
        var sb = new System.Text.StringBuilder("var a = 1, x; " + prefix);
        for (int i = 0; i < depth; i++) sb.Append(open);
        sb.Append(middle);
        for (int i = 0; i < depth; i++) sb.Append(close);
        sb.Append(";\nconsole.log('ok');");
        var result = JsRunner.Run(sb.ToString());
        if (result.Compiled)
            Assert.True(result.Error is null && result.Output == "ok\n", result.Error + result.Output);
        else
            Assert.Contains(result.Diagnostics, d => d.Id == "ODN1004");
    }
}
