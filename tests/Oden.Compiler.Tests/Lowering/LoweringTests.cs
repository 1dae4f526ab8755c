using Oden.Compiler.BoundTree;
using Oden.Compiler.Tests.TestSupport;

namespace Oden.Compiler.Tests.Lowering;

/// <summary>Each snapshot shows the lowered tree; the shapes match the sketches in Lowering/LocalRewriter_*.cs.</summary>
public sealed class LoweringTests
{
    private static void Check(string file, string name, string js) =>
        Snapshot.Match(file, name, "// " + js.Replace("\n", "\n// ") + "\n" + BoundTreePrinter.Print(Phases.LowerOrFail(js)));

    [Theory]
    [InlineData("plain", "var s = `abc`;")]
    [InlineData("substitutions", "var s = `a${x}b${y + 1}`;")]
    [InlineData("only_substitution", "var s = `${x}`;")]
    [InlineData("empty", "var s = ``;")]
    public void Template(string name, string js) => Check("lowering_template", name, js);

    [Theory]
    [InlineData("variable", "var x = 1; x += 2;")]
    [InlineData("member", "o.p *= 2;")]
    [InlineData("index", "o[k] -= 1;")]
    [InlineData("index_literal", "o[0] |= 1;")]
    [InlineData("this_member", "function f() { this.n += 1; }")]
    [InlineData("prefix", "var i = 0; var j = ++i;")]
    [InlineData("postfix_value", "var i = 0; var j = i++;")]
    [InlineData("postfix_statement", "var i = 0; i++;")]
    [InlineData("postfix_member", "var v = o.count--;")]
    [InlineData("global", "counter += 1;")]
    public void Assignment(string name, string js) => Check("lowering_assignment", name, js);

    [Theory]
    [InlineData("while", "while (i < 10) { i++; }")]
    [InlineData("do_while", "do { i++; } while (i < 10);")]
    [InlineData("for_var", "for (var i = 0; i < 3; i++) { f(i); }")]
    [InlineData("for_let_uncaptured", "for (let i = 0; i < 3; i++) { f(i); }")]
    [InlineData("for_let_captured", "for (let i = 0; i < 3; i++) { fs.push(() => i); }")]
    [InlineData("for_empty", "for (;;) { if (x) break; }")]
    [InlineData("labeled_continue", "outer: for (var i = 0; i < 3; i++) { for (var j = 0; j < 3; j++) { if (j) continue outer; } }")]
    [InlineData("labeled_block", "b: { if (x) break b; y(); }")]
    public void Loops(string name, string js) => Check("lowering_loops", name, js);

    [Theory]
    [InlineData("var", "for (var k in o) { f(k); }")]
    [InlineData("let", "for (let k in o) { f(k); }")]
    [InlineData("member_target", "for (o.k in p) {}")]
    [InlineData("tdz", "for (let k in k) {}")]
    public void ForIn(string name, string js) => Check("lowering_forin", name, js);

    [Theory]
    [InlineData("const", "for (const x of xs) { f(x); }")]
    [InlineData("var", "for (var x of xs) { if (x) break; }")]
    [InlineData("captured", "for (let x of xs) { fs.push(() => x); }")]
    public void ForOf(string name, string js) => Check("lowering_forof", name, js);

    [Theory]
    [InlineData("fallthrough", "switch (x) { case 1: a(); case 2: b(); break; default: c(); case 3: d(); }")]
    [InlineData("no_default", "switch (x) { case 'a': a(); }")]
    [InlineData("lexical", "switch (x) { case 1: let y = 1; f(y); }")]
    public void Switch(string name, string js) => Check("lowering_switch", name, js);

    [Theory]
    [InlineData("plain_finally", "try { a(); } finally { b(); }")]
    [InlineData("return_in_finally", "function f() { try { return 1; } finally { return 2; } }")]
    [InlineData("break_in_finally", "for (;;) { try { a(); } catch (e) { b(e); } finally { break; } }")]
    [InlineData("nested", "function f() { for (;;) { try { try { return 1; } finally { continue; } } finally { if (x) return 3; } } }")]
    public void Finally(string name, string js) => Check("lowering_finally", name, js);
}
