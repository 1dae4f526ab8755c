// What a generated assembly is and how it behaves when loaded: its references and ABI attribute, debug
// information that maps .NET and JavaScript stacks to handler.js:line:col, unloading, and the safety
// limits (interrupts, recursion) that must never take the process down.
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.CompilerServices;
using Oden.Compiler;
using Oden.Runtime;
using Oden.Runtime.CompilerServices;
using Oden.Runtime.Loading;
using Oden.TestUtilities;

namespace Oden.Compiler.Tests.Emit;

public class ScriptAssemblyTests
{
    private static (byte[] Pe, byte[] Pdb) Compile(string source, string path = "handler.js", ScriptMode mode = ScriptMode.CommonJsModule, bool countCacheAccesses = false)
    {
        var compilation = OdenCompilation.Create(new SourceFile(path, source), new CompilationOptions { Mode = mode, CountCacheAccesses = countCacheAccesses });
        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        EmitResult result = compilation.Emit(pe, pdb);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return (pe.ToArray(), pdb.ToArray());
    }

    [Fact]
    public void Assembly_ReferencesOnlyRuntimeAndCoreLibrary()
    {
        var (pe, _) = Compile("var x = { a: [1, 2] }; console.log(JSON.stringify(x), /a+/.test('aa'));");
        using var reader = new PEReader(new MemoryStream(pe));
        MetadataReader md = reader.GetMetadataReader();
        var names = md.AssemblyReferences.Select(h => md.GetString(md.GetAssemblyReference(h).Name)).OrderBy(n => n).ToArray();
        Assert.Equal(["Oden.Runtime", "System.Private.CoreLib"], names);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CacheAccessCounters_AreEmittedOnlyInACountingBuild(bool count)
    {
        var (pe, _) = Compile("var o = { x: 1 }; o.y = o.x + 1; console.log(o.y, globalThis.o);", countCacheAccesses: count);
        using var reader = new PEReader(new MemoryStream(pe));
        MetadataReader md = reader.GetMetadataReader();
        bool referenced = md.MemberReferences.Any(h => md.GetString(md.GetMemberReference(h).Name) == "CountSiteAccess");
        Assert.Equal(count, referenced);
    }

    [Fact]
    public void BigIntLiterals_AreOneStaticFieldPerSite_ParsedByTheStaticConstructor()
    {
        var (pe, _) = Compile("function f() { return 123456789012345678901234567890n; }\nfor (var i = 0; i < 3; i++) console.log(f() + 0x10n);");
        using var reader = new PEReader(new MemoryStream(pe));
        MetadataReader md = reader.GetMetadataReader();
        var bigintFields = md.FieldDefinitions.Select(h => md.GetString(md.GetFieldDefinition(h).Name)).Where(n => n.StartsWith("bigint", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, bigintFields.Length);
        Assert.Contains(md.MemberReferences, h => md.GetString(md.GetMemberReference(h).Name) == nameof(Ops.BigIntLiteral));
        Assert.Equal("123456789012345678901234567906\n123456789012345678901234567906\n123456789012345678901234567906\n", JsRunner.Run(
            "function f() { return 123456789012345678901234567890n; }\nfor (var i = 0; i < 3; i++) console.log(String(f() + 0x10n));", "handler.js").Stdout);
    }

    [Fact]
    public void Assembly_CarriesRuntimeAbiAndDialect()
    {
        var (pe, pdb) = Compile("module.exports = 1;");
        var alc = new ScriptLoadContext("abi");
        try
        {
            Assembly asm = alc.LoadScript(new MemoryStream(pe), new MemoryStream(pdb));
            OdenScriptAttribute attribute = ScriptAssembly.Describe(asm);
            Assert.Equal(RuntimeAbi.Version, attribute.AbiVersion);
            Assert.Equal("standard", attribute.Dialect);
        }
        finally
        {
            alc.Unload();
        }
    }

    [Fact]
    public void ErrorStack_NamesFunctionsWithFileLineAndColumn()
    {
        const string js = "function inner() {\n  throw new Error('boom');\n}\nfunction outer() { inner(); }\ntry { outer(); } catch (e) { console.log(e.stack); }\n";
        RunResult result = JsRunner.Run(js, "handler.js");
        Assert.Equal(
            "Error: boom\n    at inner (handler.js:2:9)\n    at outer (handler.js:4:20)\n    at handler.js:5:7\n",
            result.Stdout);
    }

    /// <summary>
    /// Every frame keeps its call's position when the JIT inlines the runtime helper that makes the call
    /// (Ops.Call0, GetNamed's getter call, New1, a builtin's callback): without Ops.MarkPosition those
    /// frames had no IL offset and vanished from the stack. The runtime is built optimized in every
    /// configuration, so this runs with the helpers inlined in Debug (CI) as in Release.
    /// </summary>
    [Fact]
    public void ErrorStack_KeepsFramesWhoseCallsGoThroughInlinedRuntimeHelpers()
    {
        const string js =
            "function a() { return b(); }\n" +
            "function b() { return new Error('x').stack; }\n" +
            "const o = { m() { return a(); }, get g() { return o.m(); } };\n" +
            "class K { constructor() { this.s = o.g; } }\n" +
            "function viaNew() { return new K().s; }\n" +
            "console.log([0].map(() => viaNew())[0]);\n";
        RunResult result = JsRunner.Run(js, "handler.js");
        Assert.Equal(
            "Error: x\n    at b (handler.js:2:23)\n    at a (handler.js:1:23)\n    at m (handler.js:3:26)\n" +
            "    at get g (handler.js:3:51)\n    at K (handler.js:4:36)\n    at viaNew (handler.js:5:28)\n" +
            "    at handler.js:6:27\n    at handler.js:6:13\n",
            result.Stdout);
    }

    [Fact]
    public void UncaughtError_ReportsTheJavaScriptStack()
    {
        RunResult result = JsRunner.Run("function f() { null.x; }\nf();\n", "app.js");
        Assert.NotNull(result.UncaughtError);
        Assert.StartsWith("TypeError: Cannot read properties of null (reading 'x')\n    at f (app.js:1:", result.UncaughtError);
        Assert.Contains("at app.js:2:1", result.UncaughtError);
    }

    [Fact]
    public void DotNetStackTrace_ReadsHandlerJsLine()
    {
        var (pe, pdb) = Compile("function deep() {\n  return undefined.boom;\n}\nmodule.exports = deep;\n");
        string trace = RunAndCaptureDotNetTrace(pe, pdb);
        Assert.Contains("handler.js:line 2", trace);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string RunAndCaptureDotNetTrace(byte[] pe, byte[] pdb)
    {
        var alc = new ScriptLoadContext("trace");
        try
        {
            Assembly asm = alc.LoadScript(new MemoryStream(pe), new MemoryStream(pdb));
            return ScriptThread.Run(() =>
            {
                var realm = new Realm(new CapturingHost());
                var exports = (JsFunction)ScriptAssembly.Run(asm, realm).AsObject;
                try
                {
                    exports.Call0(default);
                    return "no exception";
                }
                catch (JsException e)
                {
                    // Keep only the text: an exception object would pin the collectible context.
                    return e.StackTrace ?? "";
                }
            });
        }
        finally
        {
            alc.Unload();
        }
    }

    [Fact]
    public void Unload_AfterRunning_ContextIsCollected()
    {
        WeakReference context = LoadRunUnload("var o = { f: function () { return [1, 2].map(function (x) { return x * 2; }); } };\n" +
            "console.log(o.f().join(','));\ntry { null.x } catch (e) { console.log(e.name); }\n");
        Assert.True(JsRunner.WaitForCollection(context), "the script's AssemblyLoadContext was not collected");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference LoadRunUnload(string js)
    {
        var (pe, pdb) = Compile(js);
        RunResult result = JsRunner.Execute(new MemoryStream(pe), new MemoryStream(pdb), [], out WeakReference context);
        Assert.Equal("2,4\nTypeError\n", result.Stdout);
        return context;
    }

    [Fact]
    public void Interrupt_FromAnotherThread_StopsLoopThatCatchesEverything()
    {
        // The stop is not a JavaScript exception: the inner catch cannot swallow it and the outer loop
        // cannot restart the inner one.
        var (pe, pdb) = Compile("while (true) { try { while (true) {} } catch (e) {} }");
        var alc = new ScriptLoadContext("interrupt");
        try
        {
            Assembly asm = alc.LoadScript(new MemoryStream(pe), new MemoryStream(pdb));
            var realm = new Realm(new CapturingHost());
            using var timer = new Timer(_ => realm.RequestInterrupt("stopped by the test"), null, 200, Timeout.Infinite);
            string outcome = ScriptThread.Run(() =>
            {
                try
                {
                    ScriptAssembly.Run(asm, realm);
                    return "finished";
                }
                catch (ScriptInterruptedException e)
                {
                    return "interrupted: " + e.Message;
                }
            });
            Assert.Equal("interrupted: stopped by the test", outcome);
        }
        finally
        {
            alc.Unload();
        }
    }

    [Fact]
    public void Interrupt_LoopInFinally_IsStoppedToo()
    {
        var (pe, pdb) = Compile("try { while (true) {} } finally { while (true) {} }");
        var alc = new ScriptLoadContext("interrupt-finally");
        try
        {
            Assembly asm = alc.LoadScript(new MemoryStream(pe), new MemoryStream(pdb));
            var realm = new Realm(new CapturingHost());
            using var timer = new Timer(_ => realm.RequestInterrupt("stop"), null, 200, Timeout.Infinite);
            string outcome = ScriptThread.Run(() =>
            {
                try
                {
                    ScriptAssembly.Run(asm, realm);
                    return "finished";
                }
                catch (ScriptInterruptedException)
                {
                    return "interrupted";
                }
            });
            Assert.Equal("interrupted", outcome);
        }
        finally
        {
            alc.Unload();
        }
    }

    [Theory]
    [InlineData("function f(n) { return f(n + 1); }\ntry { f(0); } catch (e) { console.log(e instanceof RangeError, e.name); }\nconsole.log('alive');", "true RangeError\nalive\n")]
    [InlineData("var a = [];\nfor (var i = 0; i < 100000; i++) a = [a];\ntry { JSON.stringify(a); } catch (e) { console.log(e.name); }\nconsole.log('alive');", "RangeError\nalive\n")]
    [InlineData("var depth = 0;\nfunction g(n) { depth = n; if (n < 100000) g(n + 1); }\ntry { g(0); } catch (e) { console.log(e.name, depth > 1000); }", "RangeError true\n")]
    public void RunawayRecursion_IsRangeError_AndTheProgramContinues(string js, string expected)
    {
        RunResult result = JsRunner.Run(js);
        Assert.True(result.UncaughtError is null, result.Describe());
        Assert.Equal(expected, result.Stdout);
    }
}

public class LazySlotTests
{
    // Lazy own properties (a function's prototype, an error's stack) must survive the object leaving its
    // shape for dictionary mode before they are first read.
    [Theory]
    [InlineData("function F() { this.a = 1; }\nObject.freeze(F);\nvar o = new F();\nconsole.log(o.a, Object.getPrototypeOf(o) === F.prototype);", "1 true\n")]
    [InlineData("function G() {}\nObject.defineProperty(G, 'name', { value: 'H' });\nconsole.log(typeof G.prototype, new G() instanceof G, G.name);", "object true H\n")]
    [InlineData("var e = new Error('x');\nObject.freeze(e);\nconsole.log(e.stack.split('\\n')[0]);", "Error: x\n")]
    public void LazyProperty_AfterDictionaryMode_IsMaterialized(string js, string expected)
    {
        RunResult result = JsRunner.Run(js);
        Assert.True(result.UncaughtError is null, result.Describe());
        Assert.Equal(expected, result.Stdout);
    }
}
