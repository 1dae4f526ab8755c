using Oden.Compiler.BoundTree;
using Oden.Compiler.Symbols;
using Oden.Compiler.Tests.TestSupport;

namespace Oden.Compiler.Tests.Binding;

public sealed class BinderTests
{
    private static BoundScript Bind(string js, ScriptMode mode = ScriptMode.CommonJsModule) => Phases.BindOrFail(js, mode);

    private static FunctionSymbol Function(BoundScript script, string name)
    {
        var stack = new Stack<FunctionSymbol>();
        stack.Push(script.TopLevel.Symbol);
        while (stack.Count > 0)
        {
            var f = stack.Pop();
            if (f.Name == name) return f;
            foreach (var nested in f.NestedFunctions) stack.Push(nested);
        }
        throw new InvalidOperationException("no function " + name);
    }

    [Theory]
    [InlineData("var x = 1; function f() { return x; }", "x", true)]
    [InlineData("var x = 1; function f() { var x = 2; return x; }", "x", false)]
    [InlineData("var x = 1; x = 2;", "x", false)]
    [InlineData("let x = 1; var f = () => x;", "x", true)]
    [InlineData("function f() {} f();", "f", false)]
    [InlineData("function f() { f(); }", "f", true)]
    public void Capture_TopLevelBinding_IsCapturedOnlyWhenInnerFunctionUsesIt(string js, string name, bool captured)
    {
        var script = Bind(js);
        var symbol = script.TopLevel.Symbol.Scope.Lookup(name)!;
        Assert.Equal(captured, symbol.IsCaptured);
    }

    [Fact]
    public void Scope_ModuleTopLevel_HasWrapperParameters()
    {
        var script = Bind("exports.a = 1;");
        Assert.Equal(["exports", "require", "module", "__filename", "__dirname"], script.TopLevel.Symbol.Parameters.Select(p => p.Name));
    }

    [Fact]
    public void Scope_ModuleTopLevelLetNamedLikeWrapperParameter_IsSyntaxError()
    {
        var diagnostics = Phases.Diagnose("let exports = 1;");
        Assert.Equal("test.js:1:5: error ODN1001: SyntaxError: Identifier 'exports' has already been declared", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void Scope_ClassicScriptTopLevelVarsAndFunctions_AreGlobal()
    {
        var script = Bind("var a = 1; function f() { return a; } let b = 2;", ScriptMode.ClassicScript);
        Assert.Equal(new[] { "a" }, script.GlobalVarNames.ToArray());
        Assert.Null(script.TopLevel.Symbol.Scope.Lookup("a"));
        Assert.Null(script.TopLevel.Symbol.Scope.Lookup("f"));
        Assert.Equal(VariableKind.Let, script.TopLevel.Symbol.Scope.Lookup("b")!.Kind);
        var declaration = Assert.IsType<BoundFunctionDeclaration>(script.TopLevel.Body.Statements[0]);
        Assert.Null(declaration.Symbol);
    }

    [Theory]
    [InlineData("function f() { 'use strict'; }", true)]
    [InlineData("function f() { }", false)]
    [InlineData("'use strict'; function f() { }", true)]
    [InlineData("function g() { 'use strict'; function f() { } }", true)]
    public void Strictness_Directive_AppliesToFunctionAndNested(string js, bool strict)
    {
        Assert.Equal(strict, Function(Bind(js), "f").IsStrict);
    }

    [Theory]
    [InlineData("function f(a) { return arguments[0]; }", true, true)]
    [InlineData("function f(a) { 'use strict'; return arguments[0]; }", true, false)]
    [InlineData("function f(a) { return a; }", false, false)]
    [InlineData("function f(arguments) { return arguments; }", false, false)]
    [InlineData("function f() { var arguments; return arguments; }", true, true)]
    [InlineData("function f() { function arguments() {} return arguments; }", false, false)]
    [InlineData("function f() { return () => arguments; }", true, true)]
    public void Arguments_Use_CreatesObjectMappedInSloppyFunctions(string js, bool hasObject, bool mapped)
    {
        var f = Function(Bind(js), "f");
        Assert.Equal(hasObject, f.ArgumentsSymbol is not null);
        Assert.Equal(mapped, f.HasMappedArguments);
    }

    [Fact]
    public void This_InArrow_IsEnclosingFunctionsThisAndCaptured()
    {
        var script = Bind("function f() { return () => this; }");
        var f = Function(script, "f");
        Assert.NotNull(f.ThisSymbol);
        Assert.True(f.ThisSymbol!.IsCaptured);
    }

    [Theory]
    [InlineData("let x = 1; x;", false)]
    [InlineData("x; let x = 1;", true)]
    [InlineData("let x = x;", true)]
    [InlineData("function f() { return x; } let x = 1;", true)]
    [InlineData("switch (1) { case 0: let x = 1; case 1: x; }", true)]
    [InlineData("{ let x = 1; { x; } }", false)]
    [InlineData("let x = 1; var f = () => x;", false)]
    [InlineData("var f = () => x; let x = 1;", true)]
    [InlineData("let x = 1; function g() { return x; }", true)]
    [InlineData("let x = 1; var f = function () { return () => x; };", false)]
    public void Tdz_Reference_ChecksOnlyWhenInitializationIsNotProven(string js, bool needsCheck)
    {
        var script = Bind(js);
        var finder = new VariableFinder("x");
        finder.VisitFunction(script.TopLevel);
        Assert.Contains(needsCheck, finder.TdzFlags);
        Assert.DoesNotContain(!needsCheck, finder.TdzFlags);
    }

    private sealed class VariableFinder(string name) : BoundTreeWalker
    {
        public List<bool> TdzFlags { get; } = new();
        protected override bool VisitNestedFunctions => true;

        public override void VisitExpression(BoundExpression node)
        {
            if (node is BoundVariable v && v.Symbol.Name == name) TdzFlags.Add(v.NeedsTdzCheck);
            base.VisitExpression(node);
        }
    }

    [Theory]
    [InlineData("module_scopes", "var a = 1; let b = 2; const c = 3; function f(p) { var q = p; return a + b + c + q; }")]
    [InlineData("block_functions_annex_b", "if (true) { function g() { return 1; } } g();")]
    [InlineData("block_functions_strict", "'use strict'; { function g() { return 1; } g(); }")]
    [InlineData("annex_b_blocked_by_let", "let g = 0; { function g() {} }")]
    [InlineData("catch_var_redeclaration", "try { throw 1; } catch (e) { var e = 2; }")]
    [InlineData("for_let_capture", "var fs = []; for (let i = 0; i < 3; i++) { fs.push(() => i); }")]
    [InlineData("for_of_let_tdz", "for (let x of [1, 2]) { x; }")]
    [InlineData("named_function_expression", "var f = function g(n) { return n ? g(n - 1) : 0; };")]
    [InlineData("name_inference", "var a = function () {}; let b = () => 1; var o = { m: function () {}, n() {}, get g() { return 1; } };")]
    [InlineData("labels", "outer: for (var i = 0; i < 3; i++) { inner: for (;;) { if (i) continue outer; break inner; } }")]
    [InlineData("labeled_block", "done: { if (x) break done; y(); }")]
    [InlineData("switch_scope", "switch (k) { case 1: let a = 1; function h() { return a; } break; default: a; }")]
    [InlineData("require_literal", "var x = require('./x'); var y = require('y'); var z = require(name);")]
    [InlineData("closures_nested", "function outer() { var a = 1; function mid() { var b = 2; return function inner() { return a + b; }; } return mid; }")]
    [InlineData("globals_and_constants", "console.log(undefined, NaN, Infinity, typeof missing);")]
    public void Bind_Snapshot(string name, string js)
    {
        Snapshot.Match("binding", name, "// " + js + "\n" + BoundTreePrinter.Print(Bind(js)));
    }

    [Fact]
    public void Bind_ClassicScript_Snapshot()
    {
        var js = "var a = 1; function f() { return this; } { function g() {} } this.b = a;";
        Snapshot.Match("binding", "classic_script", "// " + js + "\n" + BoundTreePrinter.Print(Bind(js, ScriptMode.ClassicScript)));
    }
}
