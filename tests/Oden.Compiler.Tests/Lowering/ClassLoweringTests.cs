using Oden.Compiler.BoundTree;
using Oden.Compiler.Tests.TestSupport;

namespace Oden.Compiler.Tests.Lowering;

/// <summary>Lowered classes: the class node keeps its elements for CodeGen; derived constructors return through DerivedConstructorResult.</summary>
public sealed class ClassLoweringTests
{
    private static void Check(string name, string js) =>
        Snapshot.Match("lowering_classes", name, "// " + js.Replace("\n", "\n// ") + "\n" + BoundTreePrinter.Print(Phases.LowerOrFail(js)));

    [Theory]
    [InlineData("base", "class A { constructor(x) { this.x = x; } m() { return this.x; } static s() {} get g() { return 1; } }")]
    [InlineData("derived_default", "class B extends A {}")]
    [InlineData("derived_explicit", "class B extends A { constructor() { super(1); if (x) return; this.y = 2; } }")]
    [InlineData("super_members", "class B extends A { m() { super.x = super.m() + super[k]; super.n += 1; } }")]
    [InlineData("arrow_super_new_target", "class B extends A { constructor() { const f = () => super(new.target); f(); } }")]
    [InlineData("named_expression", "var C = class D { static self() { return D; } [k]() {} };")]
    [InlineData("fields", "class A { x = 1; [k] = this.x; static s = A.name; static { this.t = 1; } }")]
    [InlineData("object_literal_super", "var o = { m() { return super.m(); } };")]
    public void Class(string name, string js) => Check(name, js);
}
