using Oden.Compiler.BoundTree;
using Oden.Compiler.Symbols;
using Oden.Compiler.Tests.TestSupport;

namespace Oden.Compiler.Tests.Lowering;

/// <summary>
/// The shapes patterns, spread and the ES2020 operators take (Binding/Binder_Patterns.cs, Binder_Parameters.cs,
/// Binder_Operators.cs); one snapshot section per case.
/// </summary>
public sealed class PatternLoweringTests
{
    private static void Check(string file, string name, string js) =>
        Snapshot.Match(file, name, "// " + js.Replace("\n", "\n// ") + "\n" + BoundTreePrinter.Print(Phases.LowerOrFail(js)));

    [Theory]
    [InlineData("object_const", "const { a, b } = obj;")]
    [InlineData("object_default_rest", "let { a = f(), [k]: b, ...rest } = obj;")]
    [InlineData("array_statement", "var [x, , y = 1, ...z] = xs;")]
    [InlineData("array_assignment_statement", "[o.a, b] = [b, o.a];")]
    [InlineData("array_assignment_expression", "f([a] = xs);")]
    [InlineData("nested", "const { p: [q, { r }] } = obj;")]
    [InlineData("for_of_head", "for (const [k, v] of m) { f(k, v); }")]
    [InlineData("catch_param", "try {} catch ({ message }) { f(message); }")]
    public void Destructuring(string name, string js) => Check("lowering_patterns", name, js);

    [Theory]
    [InlineData("defaults_scope", "function f(a, b = a, { c } = {}) { var a; return b; }")]
    [InlineData("patterns_only", "function f({ a }, [b]) { return a + b; }")]
    [InlineData("rest", "function f(a, ...rest) { return rest; }")]
    public void Parameters(string name, string js) => Check("lowering_parameters", name, js);

    [Theory]
    [InlineData("call_spread_only", "f(...xs);")]
    [InlineData("call_spread_mixed", "o.m(a, ...xs, b);")]
    [InlineData("array_spread", "var a = [1, , ...xs];")]
    [InlineData("object_spread", "var o = { a: 1, ...p };")]
    [InlineData("optional_member", "var v = a?.b.c;")]
    [InlineData("optional_call", "var v = a.m?.(1);")]
    [InlineData("nullish", "var v = a ?? b;")]
    [InlineData("logical_assignment", "o.p ||= v; x ??= function () {};")]
    [InlineData("tagged_template", "tag`a${x}b`;")]
    public void Operators(string name, string js) => Check("lowering_operators", name, js);

    [Fact]
    public void ObjectPattern_ReadsThroughMemberNodes()
    {
        // `const {a, b} = obj` reads each property through a BoundMember (one PropertySite per key), never a
        // computed lookup.
        var script = Phases.LowerOrFail("const { a, b } = obj;");
        var members = new List<string>();
        new MemberCollector(members).VisitFunction(script.TopLevel);
        Assert.Equal(["a", "b"], members);
    }

    [Theory]
    [InlineData("function f(a, b = 1, c) {}", 1)]
    [InlineData("function f(a, { b }, ...c) {}", 2)]
    [InlineData("function f(...c) {}", 0)]
    [InlineData("function f(a, b) {}", 2)]
    public void Parameters_Length_StopsAtFirstDefaultOrRest(string js, int length)
    {
        var script = Phases.LowerOrFail(js);
        Assert.Equal(length, script.TopLevel.Symbol.NestedFunctions.Single().Length);
    }

    [Theory]
    [InlineData("function f(a = 1) {}", false, true)]
    [InlineData("function f({ a }) {}", false, false)]
    [InlineData("function f(a) {}", true, false)]
    public void Parameters_ScopeShape(string js, bool simple, bool separateVarScope)
    {
        var f = Phases.LowerOrFail(js).TopLevel.Symbol.NestedFunctions.Single();
        Assert.Equal(simple, f.HasSimpleParameterList);
        Assert.Equal(separateVarScope, f.VarScope != f.Scope);
    }

    private sealed class MemberCollector(List<string> names) : BoundTreeWalker
    {
        public override void VisitExpression(BoundExpression node)
        {
            if (node is BoundMember m) names.Add(m.Name);
            Assert.False(node is BoundIndex, "an object pattern with static keys must not use element access");
            base.VisitExpression(node);
        }
    }
}
