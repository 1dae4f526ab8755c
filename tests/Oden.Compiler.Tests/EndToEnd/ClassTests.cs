using System.Runtime.CompilerServices;
using Oden.Compiler;
using Oden.Runtime;
using Oden.Runtime.CompilerServices;
using Oden.Runtime.Loading;
using Oden.TestUtilities;

namespace Oden.Compiler.Tests.EndToEnd;

/// <summary>Classes end to end: the object model facts behind the inline caches, and small semantic tables.</summary>
public sealed class ClassTests
{
    [Theory]
    [InlineData("class A { m() { return 1; } } console.log(new A().m())", "1")]
    [InlineData("class A {} try { A(); } catch (e) { console.log(e instanceof TypeError); }", "true")]
    [InlineData("class A { constructor() { this.t = new.target === A; } } console.log(new A().t)", "true")]
    [InlineData("class A { m() { return 'A'; } } class B extends A { m() { return super.m() + 'B'; } } console.log(new B().m())", "AB")]
    [InlineData("class B extends Object { constructor() { try { this.x; } catch (e) { console.log(e.constructor.name); } super(); } } new B()", "ReferenceError")]
    [InlineData("class A { x = 1; static y = 2; } console.log(new A().x + A.y)", "3")]
    [InlineData("let a, b; class A { x = ([a, b] = [1, 2], a + b); static y = ([b] = 'z', b); } console.log(new A().x, A.y)", "3 z")]
    [InlineData("const log = []; const it = { [Symbol.iterator]: () => ({ next: () => ({ value: 1, done: false }), return() { log.push('closed'); return {}; } }) }; let a; class B { f = ([a] = it, a); } console.log(new B().f, log.join())", "1 closed")]
    [InlineData("class E extends Error {} console.log(new E('m') instanceof E, String(new E('m')))", "true Error: m")]
    [InlineData("class L extends Array {} const l = new L(); l.push(1); console.log(l.length, l.map(x => x) instanceof L)", "1 true")]
    [InlineData("function F() { return new.target; } console.log(F(), new F() === F ? 'same' : 'object')", "undefined same")]
    public void Class_Program_PrintsExpected(string js, string expected) => JsRunner.ExpectOutput(js, expected);

    /// <summary>
    /// Instances built by one class constructor share their shape (the prototype is not part of a
    /// shape), so every property site that sees them hits one cache record; so do instances of a
    /// subclass with the same property sequence, and instances with fields.
    /// </summary>
    [Fact]
    public void Instances_OfOneClass_ShareShapes()
    {
        var shapes = RunAndReadShapes("""
            class P { constructor(x, y) { this.x = x; this.y = y; } }
            class Q extends P { constructor(x, y) { super(x, y); this.z = 0; } }
            class F { a = 1; b = 2; }
            p1 = new P(1, 2); p2 = new P(3, 4);
            q1 = new Q(1, 2); q2 = new Q(5, 6);
            f1 = new F(); f2 = new F();
            """, "p1", "p2", "q1", "q2", "f1", "f2");
        Assert.Same(shapes[0], shapes[1]);
        Assert.Same(shapes[2], shapes[3]);
        Assert.Same(shapes[4], shapes[5]);
        Assert.NotSame(shapes[0], shapes[2]);
        Assert.False(shapes[0].IsDictionary);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Shape[] RunAndReadShapes(string script, params string[] globals)
    {
        var compilation = OdenCompilation.Create(new SourceFile("shapes.js", script), new CompilationOptions { Mode = ScriptMode.ClassicScript });
        using var pe = new MemoryStream();
        var emit = compilation.Emit(pe);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        pe.Position = 0;
        var alc = new ScriptLoadContext("oden-class-shapes");
        try
        {
            var assembly = alc.LoadScript(pe, null);
            return ScriptThread.Run(() =>
            {
                var realm = new Realm(new CapturingHost());
                ScriptAssembly.Run(assembly, realm);
                return globals.Select(g => ((JsObject)realm.GlobalObject.Get(g)._ref!)._shape).ToArray();
            });
        }
        finally
        {
            alc.Unload();
        }
    }
}
