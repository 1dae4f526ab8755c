using Oden.Compiler.Tests.TestSupport;

namespace Oden.Compiler.Tests.Parsing;

public sealed class FeatureGateTests
{
    [Theory]
    [InlineData("class A { #p() {} }", "test.js:1:11: error ODN1002: 'private class member' is not supported yet")]
    [InlineData("import x from 'y';", "test.js:1:1: error ODN1003: SyntaxError: 'import' declarations are not supported; use require()")]
    [InlineData("export default 1;", "test.js:1:1: error ODN1003: SyntaxError: 'export' declarations are not supported; assign to module.exports")]
    [InlineData("var foo; export { foo };", "test.js:1:10: error ODN1003: SyntaxError: 'export' declarations are not supported; assign to module.exports")]
    [InlineData("function f() { import x from 'y'; }", "test.js:1:16: error ODN1003: SyntaxError: 'import' declarations are not supported; use require()")]
    [InlineData("export function f() {}", "test.js:1:1: error ODN1003: SyntaxError: 'export' declarations are not supported; assign to module.exports")]
    [InlineData("import('x');", "test.js:1:1: error ODN1003: SyntaxError: dynamic import() is not supported; use require()")]
    [InlineData("\n  import.meta;", "test.js:2:3: error ODN1003: SyntaxError: 'import.meta' is not supported; use __filename and __dirname")]
    public void Gate_UnsupportedSyntax_ReportsAtLocation(string js, string expected)
    {
        var diagnostics = Phases.Diagnose(js);
        Assert.Equal(expected, Assert.Single(diagnostics).ToString());
    }

    [Theory]
    [InlineData("let x = 1; const y = 2;")]
    [InlineData("var f = (a, b) => a + b;")]
    [InlineData("var s = `a${1}b`;")]
    [InlineData("var o = { a, [k]: 1, m() {}, get g() { return 1; }, set g(v) {} };")]
    [InlineData("var p = 2 ** 10;")]
    [InlineData("for (const x of [1, 2]) {}")]
    [InlineData("try {} catch {}")]
    [InlineData("var r = /a(?<n>b)/gimsuy;")]
    [InlineData("#!/usr/bin/env node\nvar x = 1_000;")]
    [InlineData("return 1;")]
    [InlineData("var e = obj.eval('1');")]
    [InlineData("var [a, b] = x; ({a} = x); var { c, ...d } = x;")]
    [InlineData("f(...xs); var o = {...p}; var q = [...xs];")]
    [InlineData("function f(a = 1, { b } = {}, ...rest) {}")]
    [InlineData("tag`x`; a?.b; a?.[0]?.(); a ?? b; a ||= b; a &&= b; a ??= b;")]
    [InlineData("class A extends B { constructor() { super(); } m() { return super.m(); } static get s() { return new.target; } }")]
    [InlineData("var o = { m() { return super.x; } }; function F() { return new.target; }")]
    [InlineData("class A { x = 1; static y; [k] = 2; static { this.z = 3; } }")]
    public void Gate_SupportedSyntax_Passes(string js)
    {
        var diagnostics = Phases.Diagnose(js);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Gate_SeveralProblems_ReportsEach()
    {
        var diagnostics = Phases.Diagnose("class A { #x; }\nwith (o) {}\nclass B { #y() {} }");
        Assert.Equal(2, diagnostics.Count);
        Assert.Equal([1, 3], diagnostics.Select(d => d.Span.StartLine));
    }

    [Theory]
    [InlineData("var x = ;", "test.js:1:9: error ODN1001: SyntaxError: Unexpected token ';'")]
    [InlineData("let a; let a;", "test.js:1:12: error ODN1001: SyntaxError: Identifier 'a' has already been declared")]
    [InlineData("\"use strict\"; delete x;", "test.js:1:22: error ODN1001: SyntaxError: Delete of an unqualified identifier in strict mode")]
    [InlineData("while (1) { break foo; }", "test.js:1:19: error ODN1001: SyntaxError: Undefined label 'foo'")]
    public void Parse_SyntaxError_IsODN1001(string js, string expected)
    {
        var diagnostics = Phases.Diagnose(js);
        Assert.Equal(expected, Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void Parse_ReturnAtTopLevel_IsSyntaxErrorInClassicScript()
    {
        var diagnostics = Phases.Diagnose("return 1;", ScriptMode.ClassicScript);
        Assert.Equal("ODN1001", Assert.Single(diagnostics).Id);
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(100_000)]
    public void Parse_DeeplyNestedParentheses_CompilesOrDiagnoses(int depth)
    {
        var js = "var x = " + new string('(', depth) + "1" + new string(')', depth) + ";";
        var (script, diagnostics) = Phases.Bind(js);
        Assert.True(script is not null || diagnostics.Any(d => d.Id == "ODN1004"), string.Join("\n", diagnostics));
    }

    [Theory]
    [InlineData("x = ", "[", "", "]", 10_000)]
    [InlineData("", "function f(){", "", "}", 5_000)]
    [InlineData("", "if (a) ", ";", "", 20_000)]
    [InlineData("x = ", "a + ", "a", "", 50_000)]
    [InlineData("x = ", "- ", "1", "", 50_000)]
    [InlineData("x = ", "{a:", "1", "}", 10_000)]
    [InlineData("", "{", "", "}", 10_000)]
    [InlineData("", "(function(){", "", "})();", 3_000)]
    public void Parse_DeepNesting_CompilesOrDiagnoses(string prefix, string open, string middle, string close, int depth)
    {
        var sb = new System.Text.StringBuilder(prefix);
        for (int i = 0; i < depth; i++) sb.Append(open);
        sb.Append(middle);
        for (int i = 0; i < depth; i++) sb.Append(close);
        var (script, diagnostics) = Phases.Bind(sb.ToString());
        Assert.True(script is not null || diagnostics.Any(d => d.Id == "ODN1004"), string.Join("\n", diagnostics));
    }
}
