using Oden.Compiler.Tests.TestSupport;

namespace Oden.Compiler.Tests.EndToEnd;

/// <summary>Destructuring, parameters, spread and the ES2020 operators, end to end (the conformance corpus has the rest).</summary>
public sealed class PatternTests
{
    [Theory]
    [InlineData("const { a, b: [c, d = 4] } = { a: 1, b: [3] }; console.log(a, c, d);", "1 3 4")]
    [InlineData("let x = 1, y = 2; [x, y] = [y, x]; console.log(x, y);", "2 1")]
    [InlineData("const { a, ...r } = { a: 1, b: 2, c: 3 }; console.log(Object.keys(r).join());", "b,c")]
    [InlineData("function f(a, b = a + 1, ...r) { return [a, b, r.length, f.length]; } console.log(f(1, undefined, 3, 4).join());", "1,2,2,1")]
    [InlineData("var x = 'outer'; function f(a = () => x) { var x = 'inner'; return a(); } console.log(f());", "outer")]
    [InlineData("function f(a = b, b) {} try { f(); } catch (e) { console.log(e.constructor.name); }", "ReferenceError")]
    [InlineData("console.log(Math.max(...[1, 7, 3]), [0, ...'ab'].join());", "7 0,a,b")]
    [InlineData("console.log(JSON.stringify({ ...{ a: 1 }, b: 2, ...null }));", "{\"a\":1,\"b\":2}")]
    [InlineData("const o = { m() { return this === o; } }; console.log(o?.m(), o.n?.(), null ?? 'd', 0 ?? 'd');", "true undefined d 0")]
    [InlineData("let a = 0; a ||= 5; let b = null; b ??= () => {}; console.log(a, b.name);", "5 b")]
    [InlineData("const t = (s) => s; const f = () => t`x`; console.log(f() === f(), Object.isFrozen(f().raw));", "true true")]
    [InlineData("try { throw 1; } catch { console.log('no binding'); }", "no binding")]
    public void Features_EndToEnd(string js, string expected) => JsRunner.ExpectOutput(js, expected);

    [Fact]
    public void ArrayPattern_ClosesIteratorOnEarlyExit_NotWhenNextThrows()
    {
        const string js = """
            const log = [];
            const make = (throwing) => ({ [Symbol.iterator]() { return this; },
              next() { if (throwing) throw 1; return { value: 1, done: false }; },
              return() { log.push('return'); return {}; } });
            const [a] = make(false);
            try { const [b] = make(true); } catch {}
            try { const [{ c }] = { [Symbol.iterator]() { return { next: () => ({ value: null, done: false }), return() { log.push('closed after throw'); return {}; } }; } }; } catch {}
            console.log(log.join());
            """;
        JsRunner.ExpectOutput(js, "return,closed after throw");
    }

    [Theory]
    [InlineData("function f(a = 1) { 'use strict'; }", "SyntaxError: Illegal 'use strict' directive in function with non-simple parameter list")]
    [InlineData("const f = ({ a }) => { 'use strict'; };", "SyntaxError: Illegal 'use strict' directive in function with non-simple parameter list")]
    [InlineData("function f(a, [a]) {}", "SyntaxError: Duplicate parameter name not allowed in this context")]
    public void NonSimpleParameters_EarlyErrors(string js, string message)
    {
        var diagnostic = Assert.Single(Phases.Diagnose(js));
        Assert.Contains(message, diagnostic.ToString());
    }
}
