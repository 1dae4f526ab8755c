using Oden.Compiler.BoundTree;
using Oden.Compiler.Symbols;
using Oden.Compiler.Tests.TestSupport;

namespace Oden.Compiler.Tests.Binding;

public sealed class ClassBinderTests
{
    private static FunctionSymbol Function(BoundScript script, Func<FunctionSymbol, bool> predicate)
    {
        var stack = new Stack<FunctionSymbol>();
        stack.Push(script.TopLevel.Symbol);
        while (stack.Count > 0)
        {
            var f = stack.Pop();
            if (predicate(f)) return f;
            foreach (var nested in f.NestedFunctions) stack.Push(nested);
        }
        throw new InvalidOperationException("no such function");
    }

    [Theory]
    [InlineData("class A {}", FunctionKind.ClassConstructor)]
    [InlineData("class A extends B {}", FunctionKind.DerivedConstructor)]
    [InlineData("var A = class extends null { constructor() { return {}; } };", FunctionKind.DerivedConstructor)]
    public void Constructor_Kind_FollowsHeritage(string js, FunctionKind kind)
    {
        var script = Phases.BindOrFail(js);
        var constructor = Function(script, f => f.IsClassConstructor);
        Assert.Equal(kind, constructor.Kind);
        Assert.True(constructor.IsStrict);
    }

    [Fact]
    public void DerivedConstructor_ArrowUsingSuperAndThis_CapturesTheConstructorsBindings()
    {
        var script = Phases.BindOrFail("class B extends A { constructor() { const f = () => { super(); return this; }; f(); } }");
        var constructor = Function(script, f => f.Kind == FunctionKind.DerivedConstructor);
        Assert.True(constructor.ThisSymbol!.IsCaptured);
        Assert.True(constructor.ThisSymbol.HasTdzReferences);
        Assert.True(constructor.NewTargetSymbol!.IsCaptured);
        Assert.True(constructor.FunctionObjectSymbol!.IsCaptured);
    }

    [Fact]
    public void ImplicitDerivedConstructor_ForwardsArguments_WithoutArgumentsObject()
    {
        var script = Phases.BindOrFail("class B extends A {}");
        var constructor = Function(script, f => f.Kind == FunctionKind.DerivedConstructor);
        Assert.True(constructor.ForwardsArguments);
        Assert.Null(constructor.ArgumentsSymbol);
        Assert.Equal(0, constructor.Length);
    }

    [Theory]
    [InlineData("class A { m() { return super.x; } }", "m", true)]
    [InlineData("class A { m() { return () => super.x; } }", "m", true)]
    [InlineData("class A { m() { return this.x; } }", "m", false)]
    [InlineData("var o = { m() { return super.x; } };", "m", true)]
    public void Method_UsingSuper_NeedsHomeObject(string js, string name, bool needsHome)
    {
        var script = Phases.BindOrFail(js);
        Assert.Equal(needsHome, Function(script, f => f.Name == name).NeedsHomeObject);
    }

    [Theory]
    [InlineData("function F() { return new.target; }", "F", true)]
    [InlineData("function F() { return () => new.target; }", "F", true)]
    [InlineData("function F() { return 1; }", "F", false)]
    public void NewTarget_BindsInConstructibleFunctions(string js, string name, bool hasNewTarget)
    {
        var script = Phases.BindOrFail(js);
        Assert.Equal(hasNewTarget, Function(script, f => f.Name == name).NewTargetSymbol is not null);
    }

    [Fact]
    public void ClassDeclaration_OuterBindingIsLet_InnerBindingIsConst()
    {
        var script = Phases.BindOrFail("class A { static f() { return A; } }");
        Assert.Equal(VariableKind.Let, script.TopLevel.Symbol.Scope.Lookup("A")!.Kind);
        var method = Function(script, f => f.Name == "f");
        var inner = method.Scope.Parent!.Lookup("A")!;
        Assert.Equal(VariableKind.Const, inner.Kind);
        Assert.True(inner.IsCaptured);
    }
}
