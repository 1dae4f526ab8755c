using System.Runtime.CompilerServices;
using Oden.Compiler;
using Oden.Runtime;
using Oden.Runtime.CompilerServices;
using Oden.Runtime.Loading;
using Oden.TestUtilities;

namespace Oden.Compiler.Tests.EndToEnd;

/// <summary>
/// Method calls: EvaluateCall reads the callee (a getter, a Proxy get trap, ToPropertyKey of a computed
/// key, a TypeError for null) before the arguments, checks it is callable after them; the call site's
/// inline cache keeps the common case allocation-free.
/// </summary>
public sealed class MethodCallTests
{
    [Theory]
    [InlineData("const log = []; const o = { get m() { log.push('get'); return () => log.push('call'); } }; o.m(log.push('arg')); console.log(log.join())", "get,arg,call")]
    [InlineData("const log = []; const k = { toString() { log.push('key'); return 'm'; } }; const o = { get m() { log.push('get'); return () => log.push('call'); } }; o[k](log.push('arg')); console.log(log.join())", "key,get,arg,call")]
    [InlineData("const log = []; const p = new Proxy({ m() { log.push('call'); } }, { get(t, k) { log.push('trap ' + String(k)); return t[k]; } }); p.m(log.push('arg')); console.log(log.join())", "trap m,arg,call")]
    [InlineData("const log = []; try { null.m(log.push('arg')); } catch (e) { log.push(e.constructor.name); } console.log(log.join())", "TypeError")]
    [InlineData("const log = []; try { ({ m: 1 }).m(log.push('arg')); } catch (e) { log.push(e.constructor.name); } console.log(log.join())", "arg,TypeError")]
    [InlineData("const log = []; const o = { get m() { log.push('get'); return function (a) { log.push(this === o, a); }; } }; async function f() { o.m(await 1); } f().then(() => console.log(log.join()))", "get,true,1")]
    [InlineData("const log = []; const o = { get m() { log.push('get'); return function (a) { log.push(this === o, a); }; } }; function* g() { o['m'](yield); } const it = g(); it.next(); log.push('resumed'); it.next(2); console.log(log.join())", "get,resumed,true,2")]
    [InlineData("const log = []; class A { get m() { log.push('get'); return function (a) { log.push(this instanceof B, a); }; } } class B extends A { async f() { super.m(await 3); } } new B().f().then(() => console.log(log.join()))", "get,true,3")]
    public void MethodCall_ReadsTheCalleeBeforeTheArguments(string js, string expected) => JsRunner.ExpectOutput(js, expected);

    /// <summary>A hot loop of method calls (own and prototype methods, 0-2 arguments) allocates nothing once the sites are warm.</summary>
    [Fact]
    public void MethodCallLoop_AllocatesNothing()
    {
        long allocated = RunAndMeasure("""
            function P(x) { this.x = x; }
            P.prototype.add = function (a, b) { return this.x + a + b; };
            P.prototype.get = function () { return this.x; };
            var o = new P(1);
            var helper = { twice(a) { return a * 2; } };
            function loop(n) {
              var s = 0;
              for (var i = 0; i < n; i++) s += o.add(i, 1) + o.get() + helper.twice(i) + 'abc'.charCodeAt(1);
              return s;
            }
            """);
        Assert.InRange(allocated, 0, 64);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long RunAndMeasure(string script)
    {
        var compilation = OdenCompilation.Create(new SourceFile("calls.js", script), new CompilationOptions { Mode = ScriptMode.ClassicScript });
        using var pe = new MemoryStream();
        var emit = compilation.Emit(pe);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        pe.Position = 0;
        var alc = new ScriptLoadContext("oden-method-calls");
        try
        {
            var assembly = alc.LoadScript(pe, null);
            return ScriptThread.Run(() =>
            {
                var realm = new Realm(new CapturingHost());
                ScriptAssembly.Run(assembly, realm);
                var loop = (JsFunction)realm.GlobalObject.Get("loop")._ref!;
                JsValue warm = loop.Call1(default, 1000);
                Assert.Equal(loop.Call1(default, 1000).AsNumber, warm.AsNumber);
                long before = GC.GetAllocatedBytesForCurrentThread();
                loop.Call1(default, 100_000);
                return GC.GetAllocatedBytesForCurrentThread() - before;
            });
        }
        finally
        {
            alc.Unload();
        }
    }
}
